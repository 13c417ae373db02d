fn tag(s: String) -> &'static str {
    &s
}

fn main() {
    println!("{}", tag(String::from("x")));
}
