// expect: ok
use std::cmp::Ordering;

enum Light {
    Red,
    Green(u8),
}

fn go(l: Light) -> u8 {
    match l {
        Light::Red => 0,
        Light::Green(Green) => Green,
    }
}

fn cmp(a: i32, b: i32) -> i8 {
    use Ordering::*;
    match a.cmp(&b) {
        Less => -1,
        Equal => 0,
        Greater => 1,
    }
}

fn main() {
    let Red = 5;
    println!("{} {} {}", go(Light::Green(3)), cmp(1, 2), Red);
    let _ = Light::Red;
}
