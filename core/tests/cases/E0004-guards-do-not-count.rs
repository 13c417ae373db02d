// expect: E0004 3:11
fn classify(n: i32) -> &'static str {
    match n {
        x if x < 0 => "negative",
        x if x >= 0 => "non-negative",
    }
}

fn main() {
    println!("{}", classify(4));
}
