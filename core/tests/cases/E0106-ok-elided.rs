// expect: ok
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}
struct Holder<'a> { s: &'a str }
fn main() {
    let h = Holder { s: "x" };
    println!("{} {}", first_word("a b"), h.s);
}
