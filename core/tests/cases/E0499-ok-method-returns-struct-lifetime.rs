// expect: ok
// `-> Option<&'a str>` with 'a the struct's: the result borrows what the
// struct borrows (text), not the `&mut self` borrow.
struct Words<'a> { src: &'a str, pos: usize }
impl<'a> Words<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.src[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += end + 1;
        Some(&rest[..end])
    }
}
fn main() {
    let text = String::from("ab cd");
    let mut w = Words { src: &text, pos: 0 };
    let a = w.next_word();
    let b = w.next_word();
    println!("{:?} {:?}", a, b);
}
