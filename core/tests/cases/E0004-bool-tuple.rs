// expect: E0004 3:11
fn describe(a: bool, b: bool) -> &'static str {
    match (a, b) {
        (true, true) => "both",
        (true, false) => "first",
        (false, true) => "second",
    }
}

fn main() {
    println!("{}", describe(true, false));
}
