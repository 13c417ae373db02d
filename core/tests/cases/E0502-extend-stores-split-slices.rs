// expect: E0502 6:5
fn main() {
    let mut text = String::from("a b c");
    let mut parts = Vec::new();
    parts.extend(text.split(' '));
    text.push_str(" d");
    println!("{:?}", parts);
}
