// expect: E0621 9:9
// expect: E0621 12:9
struct Dict<'a> {
    words: Vec<&'a str>,
    last: &'a str,
}
impl<'a> Dict<'a> {
    fn add(&mut self, w: &str) {
        self.words.push(w);
    }
    fn set(&mut self, w: &str) {
        self.last = w;
    }
}
fn main() {
    let mut d = Dict { words: vec![], last: "" };
    d.add("cat");
    d.set("dog");
    println!("{} {}", d.words.len(), d.last);
}
