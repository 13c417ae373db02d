// expect: ok
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}
fn first<'a>(x: &'a str, y: &str) -> &'a str {
    if y.is_empty() { x } else { &x[..1] }
}
fn main() {
    println!("{} {}", longest("ab", "c"), first("ab", "c"));
}
