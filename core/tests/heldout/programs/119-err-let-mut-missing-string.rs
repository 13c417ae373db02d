fn main() {
    let s = String::from("hi");
    s.push_str(" there");
    println!("{s}");
}
