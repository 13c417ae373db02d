struct Parser {
    input: &str,
}

fn main() {
    let p = Parser { input: "abc" };
    println!("{}", p.input);
}
