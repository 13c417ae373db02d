// expect: E0004 6:11
const LOW: u8 = 10;
const HIGH: u8 = 200;

fn level(v: u8) -> &'static str {
    match v {
        0..LOW => "low",
        LOW..=HIGH => "medium",
    }
}

fn main() {
    println!("{}", level(250));
}
