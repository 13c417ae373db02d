// expect: E0515 3:5
fn first<'a>(s: String) -> &'a String {
    &s
}
fn main() {
    let _ = first(String::new());
}
