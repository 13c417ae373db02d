// expect: E0004 5:11
use std::cmp::Ordering;

fn compare(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "less",
        Ordering::Greater => "greater",
    }
}

fn main() {
    println!("{}", compare(1, 2));
}
