fn longest_line(text: &str) -> Option<&str> {
    text.lines().map(|l| l.trim()).max_by_key(|l| l.len())
}

fn main() {
    let poem = String::from("roses are red\n  violets are blue  \nrust is fun");
    match longest_line(&poem) {
        Some(l) => println!("longest: '{l}'"),
        None => println!("empty"),
    }
}
