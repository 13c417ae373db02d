// expect: ok
fn change(s: &mut String) {
    s.push_str("!");
}
fn main() {
    let mut s = String::new();
    change(&mut s);
    s.push('x');
    println!("{s}");
}
