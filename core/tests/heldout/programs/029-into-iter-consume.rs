fn main() {
    let items = vec![String::from("x"), String::from("y")];
    let mut joined = String::new();
    for s in items {
        joined.push_str(&s);
    }
    println!("{joined}");
}
