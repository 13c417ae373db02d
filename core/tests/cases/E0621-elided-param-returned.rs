// expect: E0621 3:39
fn longest<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}
fn main() {
    println!("{}", longest("ab", "c"));
}
