// expect: ok
#[derive(Clone, Copy)]
struct Cursor<'a> { data: &'a [u8], at: usize }
impl<'a> Cursor<'a> {
    fn advance(self, n: usize) -> Cursor<'a> {
        Cursor { data: self.data, at: self.at + n }
    }
    fn split(&self) -> (&'a [u8], &'a [u8]) {
        self.data.split_at(self.at)
    }
    fn byte(&mut self) -> Option<&'a u8> {
        let b = self.data.get(self.at);
        self.at += 1;
        b
    }
}
fn main() {
    let buf = vec![1u8, 2, 3];
    let (l, r);
    let mut c = Cursor { data: &buf, at: 0 };
    {
        let c2 = c.advance(1);
        (l, r) = c2.split();
    }
    let x = c.byte();
    let y = c.byte();
    println!("{:?} {:?} {:?} {:?}", l, r, x, y);
}
