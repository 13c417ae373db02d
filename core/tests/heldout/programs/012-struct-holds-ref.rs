struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> usize {
        self.part.len()
    }
    fn announce(&self, msg: &str) -> &str {
        println!("note: {msg}");
        self.part
    }
}

fn main() {
    let novel = String::from("It was a dark night. Rain fell.");
    let first = novel.split('.').next().unwrap();
    let e = Excerpt { part: first };
    println!("{} {}", e.level(), e.announce("hi"));
}
