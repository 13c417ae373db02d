fn main() {
    let names = vec![String::from("zed")];
    let first: &str = names.get(0).map(|s| s.as_str()).unwrap_or("none");
    let second = names.get(1).map(String::as_str).unwrap_or("none");
    println!("{first} {second}");
}
