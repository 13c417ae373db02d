// expect: ok
fn make(name: &str) -> impl Fn() {
    let greeting = format!("hello, {name}");
    move || println!("{greeting}")
}
fn main() {
    let g = make("x");
    g();
    g();
}
