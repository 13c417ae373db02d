fn normalize(s: String) -> String {
    s.push_str("!");
    s
}

fn main() {
    println!("{}", normalize("hey".to_string()));
}
