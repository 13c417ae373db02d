fn main() {
    let maybe_name: Option<String> = Some(String::from("Kim"));
    match &maybe_name {
        Some(n) => println!("name {n}"),
        None => println!("none"),
    }
    if let Some(ref n) = maybe_name {
        println!("again {n}");
    }
    println!("{:?}", maybe_name);
}
