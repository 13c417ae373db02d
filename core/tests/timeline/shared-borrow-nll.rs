fn main() {
    let mut s = String::from("hi");
    let r = &s;
    println!("{r}");
    s.push_str("!");
    println!("{s}");
}
