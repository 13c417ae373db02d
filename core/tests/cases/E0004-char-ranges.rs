// expect: E0004 3:11
fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
    }
}

fn main() {
    println!("{}", kind('q'));
}
