fn make_greeting(name: &str) -> &String {
    let s = format!("hello, {name}");
    &s
}

fn main() {
    let g = make_greeting("ada");
    println!("{g}");
}
