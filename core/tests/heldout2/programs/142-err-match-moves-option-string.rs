fn main() {
    let nickname: Option<String> = Some(String::from("Bobby"));
    match nickname {
        Some(n) => println!("hi {n}"),
        None => println!("hi stranger"),
    }
    println!("{:?}", nickname);
}
