struct Dict<'a> {
    words: Vec<&'a str>,
}

impl<'a> Dict<'a> {
    fn add(&mut self, w: &str) {
        self.words.push(w);
    }
}

fn main() {
    let mut d = Dict { words: vec![] };
    d.add("cat");
    println!("{}", d.words.len());
}
