use std::fmt::Display;

fn announce<T: Display>(items: &[T]) -> String {
    let mut out = String::new();
    for it in items {
        out.push_str(&format!("<{it}>"));
    }
    out
}

fn main() {
    let words = vec![String::from("a"), String::from("b")];
    let s = announce(&words);
    println!("{s} {}", words.len());
}
