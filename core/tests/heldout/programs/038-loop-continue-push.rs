fn main() {
    let input = vec![1, -2, 3, -4, 5];
    let mut positives = Vec::new();
    for &n in &input {
        if n < 0 {
            continue;
        }
        positives.push(n);
    }
    println!("{:?} {:?}", input, positives);
}
