fn main() {
    let a = String::from("first");
    let b = String::from("second");
    let mut current = &a;
    println!("{current}");
    current = &b;
    println!("{current} {a}");
}
