#[derive(Debug)]
struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let b = Book { title: "T".into(), pages: 3 };
    let t = b.title;
    println!("{t} {:?}", b);
}
