fn main() {
    let input = String::from("Hello World");
    let mut out = String::new();
    for c in input.chars() {
        if c.is_uppercase() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    println!("{input} -> {out}");
}
