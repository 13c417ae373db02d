struct Parser {
    input: &str,
    pos: usize,
}

fn main() {
    let p = Parser { input: "abc", pos: 0 };
    println!("{} {}", p.input, p.pos);
}
