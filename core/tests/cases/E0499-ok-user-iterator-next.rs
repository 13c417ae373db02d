// expect: ok
struct Words<'a> { src: &'a str }
impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<Self::Item> {
        let s = self.src.trim_start();
        if s.is_empty() { return None; }
        let end = s.find(' ').unwrap_or(s.len());
        self.src = &s[end..];
        Some(&s[..end])
    }
}
fn main() {
    let text = String::from("a b c");
    let mut w = Words { src: &text };
    let a = w.next();
    let b = w.next();
    println!("{:?} {:?}", a, b);
    for x in (Words { src: &text }) {
        println!("{x}");
    }
}
