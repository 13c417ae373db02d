struct Library {
    books: Vec<String>,
}

impl Library {
    fn first(&self) -> &String {
        &self.books[0]
    }
    fn add(&mut self, b: &str) {
        self.books.push(b.to_string());
    }
}

fn main() {
    let mut lib = Library { books: vec!["Dune".into()] };
    let f = lib.first();
    lib.add("Emma");
    println!("{f}");
}
