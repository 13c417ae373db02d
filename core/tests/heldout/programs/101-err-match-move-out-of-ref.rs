enum Token {
    Word(String),
    Num(i32),
}

fn text(t: &Token) -> String {
    match *t {
        Token::Word(s) => s,
        Token::Num(n) => n.to_string(),
    }
}

fn main() {
    println!("{}", text(&Token::Word("hi".into())));
    let _ = Token::Num(1);
}
