fn before_colon(s: &str) -> &str {
    for (i, c) in s.char_indices() {
        if c == ':' {
            return &s[..i];
        }
    }
    s
}

fn main() {
    let line = String::from("key: value");
    let k = before_colon(&line);
    println!("[{k}]");
}
