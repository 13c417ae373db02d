fn main() {
    let mut maybe = Some(String::from("hi"));
    if let Some(s) = maybe.as_mut() {
        s.push_str(" there");
    }
    println!("{:?}", maybe);
}
