fn split_camel(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c.is_uppercase() && i > start {
            out.push(&s[start..i]);
            start = i;
        }
    }
    out.push(&s[start..]);
    out
}

fn main() {
    let name = String::from("parseHttpRequestLine");
    let words = split_camel(&name);
    println!("{:?}", words);
}
