// expect: ok
// A struct with named fields is only a type, so a fn may share its name;
// a glob import is shadowed; an imported type and a fn of the same name
// live in different namespaces; block scopes are their own.
mod shapes {
    pub fn area() -> u32 {
        1
    }
    pub struct Circle;
}

use shapes::*;
use std::io::Result;

#[allow(non_snake_case)]
struct Config {
    verbose: bool,
}

#[allow(non_snake_case)]
fn Config() -> Config {
    Config { verbose: true }
}

fn area() -> u32 {
    2
}

#[allow(non_snake_case)]
fn Result() -> u32 {
    3
}

fn main() {
    fn area() -> u32 {
        4
    }
    let r: Result<()> = Ok(());
    println!("{} {} {:?} {}", area(), Config().verbose, r, Result());
    let _c = Circle;
}
