struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.src[self.pos..];
        let rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let start = self.src.len() - rest.len();
        let end = rest.find(' ').map(|i| start + i).unwrap_or(self.src.len());
        self.pos = end;
        Some(&self.src[start..end])
    }
}

fn main() {
    let text = String::from("ab cd ef");
    let mut t = Tokenizer { src: &text, pos: 0 };
    let a = t.next_word();
    let b = t.next_word();
    println!("{:?} {:?}", a, b);
}
