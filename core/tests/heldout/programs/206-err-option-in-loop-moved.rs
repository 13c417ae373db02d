fn main() {
    let maybe = Some(String::from("x"));
    for _ in 0..2 {
        if let Some(s) = maybe {
            println!("{s}");
        }
    }
}
