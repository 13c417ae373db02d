struct Library {
    books: Vec<String>,
}

impl Library {
    fn first(&self) -> Option<&String> {
        self.books.first()
    }
    fn add(&mut self, b: &str) {
        self.books.push(b.to_string());
    }
}

fn main() {
    let mut lib = Library { books: vec![] };
    lib.add("Dune");
    let t = lib.first().cloned();
    lib.add("Emma");
    println!("{:?} {}", t, lib.books.len());
}
