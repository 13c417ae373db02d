fn make_greeting(name: &str) -> &str {
    let s = format!("Hello, {name}!");
    &s
}

fn main() {
    println!("{}", make_greeting("Bo"));
}
