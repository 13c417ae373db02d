// expect: ok
fn name(s: &String) -> &str {
    &s
}
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    let r: &'a str = if a.len() > b.len() { a } else { b };
    r
}
fn main() {
    let s = String::from("hi");
    println!("{} {}", name(&s), longest("a", "bc"));
}
