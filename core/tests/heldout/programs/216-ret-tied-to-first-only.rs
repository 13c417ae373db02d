fn trim_to<'a>(text: &'a str, pattern: &str) -> &'a str {
    match text.find(pattern) {
        Some(i) => &text[..i],
        None => text,
    }
}

fn main() {
    let text = String::from("name=value");
    let head;
    {
        let pat = String::from("=");
        head = trim_to(&text, &pat);
    }
    println!("{head}");
}
