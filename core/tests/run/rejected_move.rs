fn main() {
    let s = String::from("hi");
    let t = s;
    println!("{s} {t}");
}
