fn first_word(s: &str) -> &str {
    for (i, c) in s.char_indices() {
        if c == ' ' {
            return &s[..i];
        }
    }
    s
}

fn main() {
    let mut sentence = String::from("hello brave new world");
    let w = first_word(&sentence).to_string();
    sentence.clear();
    sentence.push_str("done");
    println!("{w} / {sentence}");
}
