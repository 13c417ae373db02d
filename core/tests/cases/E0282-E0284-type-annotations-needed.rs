// expect: E0282 7:9
// expect: E0284 13:9
// A binding whose type nothing in its fn decides: rustc asks for an
// annotation on the first one it cannot infer (E0284 when what is unknown
// is the Self type of a projection: `<_ as FromStr>::Err`).
fn empty() {
    let v = Vec::new();
}

fn parse() -> usize {
    let text = "5";
    let n = text.len();
    let x = text.parse().unwrap();
    n
}

fn main() {
    empty();
    parse();
}
