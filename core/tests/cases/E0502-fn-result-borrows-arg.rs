// expect: E0502 8:5
fn first_word(s: &String) -> &str {
    &s[..]
}
fn main() {
    let mut s = String::from("hello world");
    let word = first_word(&s);
    s.clear();
    println!("{word}");
}
