fn main() {
    let pair = (String::from("key"), 42);
    match pair {
        (ref k, n) if n > 10 => println!("{k} big"),
        (ref k, _) => println!("{k} small"),
    }
    println!("{}", pair.0);
}
