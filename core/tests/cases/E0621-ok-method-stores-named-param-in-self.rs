// expect: ok
struct Dict<'a> {
    words: Vec<&'a str>,
    last: &'a str,
    count: usize,
}
impl<'a> Dict<'a> {
    fn add(&mut self, w: &'a str) {
        self.words.push(w);
        self.last = w;
    }
    fn add_static(&mut self, w: &'static str) {
        self.words.push(w);
    }
    fn count_of(&mut self, w: &str) -> usize {
        self.words.push("x");
        self.count = self.words.iter().filter(|x| **x == w).count();
        self.count
    }
}
fn main() {
    let mut d = Dict { words: vec![], last: "", count: 0 };
    d.add("cat");
    d.add_static("dog");
    println!("{} {}", d.count_of("cat"), d.last);
}
