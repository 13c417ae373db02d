// expect: ok
struct Parser<'a> { input: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }
    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }
    fn take(&mut self, n: usize) -> &'a str {
        let s = &self.input[self.pos..self.pos + n];
        self.pos += n;
        s
    }
    fn peek_char(&self) -> Option<char> {
        self.input[self.pos..].chars().next()
    }
}
fn main() {
    let text = String::from("hello world");
    let mut p = Parser::new(&text);
    let a = p.take(2);
    let b = p.take(3);
    let r = p.rest();
    p.pos = 0;
    let c = p.peek_char();
    println!("{a} {b} {r} {:?}", c);
}
