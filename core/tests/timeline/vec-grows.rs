fn main() {
    let mut v = Vec::new();
    for i in 0..5 {
        v.push(i * i);
    }
    println!("{v:?} {}", v.len());
}
