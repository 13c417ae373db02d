use std::fmt::Display;

fn show_twice<T: Display>(x: T) -> String {
    let a = x;
    let b = x;
    format!("{a}{b}")
}

fn main() {
    println!("{}", show_twice(String::from("ho")));
}
