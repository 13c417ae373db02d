// expect: E0373 4:5
fn make(name: &str) -> impl Fn() {
    let greeting = format!("hello, {name}");
    || println!("{greeting}")
}
fn main() {
    make("x")();
}
