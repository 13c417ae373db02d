fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let greeting = String::from("hello");
    let n = consume(greeting.clone());
    println!("{greeting} has {n} bytes");
}
