struct Highlight<'a> {
    text: &'a str,
    start: usize,
}

impl<'a> Highlight<'a> {
    fn word(&self) -> &'a str {
        let end = self.text[self.start..].find(' ').map(|i| i + self.start).unwrap_or(self.text.len());
        &self.text[self.start..end]
    }
}

fn main() {
    let doc = String::from("the quick brown fox");
    let w;
    {
        let h = Highlight { text: &doc, start: 4 };
        w = h.word();
    }
    println!("{w}");
}
