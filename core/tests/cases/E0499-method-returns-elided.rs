// expect: E0499 14:13
struct Words<'a> { src: &'a str, pos: usize }
impl<'a> Words<'a> {
    fn next_word(&mut self) -> Option<&str> {
        let start = self.pos;
        self.pos += 2;
        self.src.get(start..self.pos)
    }
}
fn main() {
    let text = String::from("ab cd");
    let mut w = Words { src: &text, pos: 0 };
    let a = w.next_word();
    let b = w.next_word();
    println!("{:?} {:?}", a, b);
}
