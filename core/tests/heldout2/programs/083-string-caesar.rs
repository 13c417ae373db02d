fn shift(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + k) % 26) + b'a') as char
    } else {
        c
    }
}

fn main() {
    let msg = String::from("hello world");
    let secret: String = msg.chars().map(|c| shift(c, 3)).collect();
    println!("{msg} -> {secret}");
    let upper = secret.to_uppercase();
    println!("{}", upper.trim());
}
