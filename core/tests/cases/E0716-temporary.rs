// expect: E0716 3:19
fn main() {
    let s: &str = String::from("x").as_str();
    println!("{s}");
}
