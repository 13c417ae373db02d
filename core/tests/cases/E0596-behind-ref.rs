// expect: E0596 3:5
fn change(s: &String) {
    s.push_str("!");
}
fn main() {
    let s = String::new();
    change(&s);
}
