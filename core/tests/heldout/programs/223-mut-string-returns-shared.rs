fn first_word(s: &mut String) -> &str {
    s.push(' ');
    let i = s.find(' ').unwrap();
    &s[..i]
}

fn main() {
    let mut s = String::from("hi there");
    let w = first_word(&mut s).to_string();
    s.push_str("!");
    let w2 = first_word(&mut s);
    println!("{w} {w2}");
}
