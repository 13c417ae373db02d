// expect: ok
use std::convert::Infallible;

enum Void {}

fn absurd(v: Void) -> i32 {
    match v {}
}

fn always_ok(r: Result<u8, Infallible>) -> u8 {
    match r {
        Ok(x) => x,
    }
}

fn unwrap_ok(r: Result<u8, Infallible>) -> u8 {
    let Ok(x) = r;
    x
}

fn main() {
    println!("{} {}", always_ok(Ok(1)), unwrap_ok(Ok(2)));
    let _ = absurd;
}
