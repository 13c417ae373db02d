#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    year: u16,
}

struct BookBuilder {
    title: String,
    author: String,
    year: u16,
}

impl BookBuilder {
    fn new(title: &str) -> Self {
        BookBuilder { title: title.to_string(), author: "unknown".to_string(), year: 0 }
    }
    fn author(mut self, a: &str) -> Self {
        self.author = a.to_string();
        self
    }
    fn year(mut self, y: u16) -> Self {
        self.year = y;
        self
    }
    fn build(self) -> Book {
        Book { title: self.title, author: self.author, year: self.year }
    }
}

fn main() {
    let b = BookBuilder::new("Dune").author("Herbert").year(1965).build();
    println!("{:?}", b);
    let titles = vec![b.title.clone(), "Emma".to_string()];
    println!("{titles:?} {}", b.year);
}
