fn square(n: i64) -> i64 {
    n * n
}

fn main() {
    let base = 7;
    let mut acc = 0;
    for _ in 0..3 {
        acc += square(base);
    }
    println!("{base} {acc}");
}
