use std::fmt::Display;

fn repeat_all<T: Display + Clone>(items: &[T], n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for item in items {
        for _ in 0..n {
            out.push(format!("<{}>", item.clone()));
        }
    }
    out
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

fn main() {
    println!("{:?}", repeat_all(&["a", "b"], 2));
    println!("{}", largest(&[3, 9, 2]));
}
