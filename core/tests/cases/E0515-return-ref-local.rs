// expect: E0515 4:5
fn make<'a>() -> &'a String {
    let s = String::from("x");
    &s
}
fn main() {
    make();
}
