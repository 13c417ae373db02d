struct Library {
    books: Vec<(String, bool)>,
}

impl Library {
    fn find_mut(&mut self, title: &str) -> Option<&mut (String, bool)> {
        self.books.iter_mut().find(|(t, _)| t == title)
    }
    fn available(&self) -> Vec<&str> {
        self.books.iter().filter(|(_, out)| !out).map(|(t, _)| t.as_str()).collect()
    }
}

fn main() {
    let mut lib = Library { books: vec![("Dune".into(), false), ("Emma".into(), false)] };
    if let Some(book) = lib.find_mut("Dune") {
        book.1 = true;
    }
    let avail = lib.available();
    println!("available: {:?}", avail);
    lib.books.push(("Ulysses".into(), false));
    println!("{}", lib.books.len());
}
