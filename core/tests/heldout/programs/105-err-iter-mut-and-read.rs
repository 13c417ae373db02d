fn main() {
    let mut scores = vec![1, 2, 3];
    for s in scores.iter_mut() {
        *s += scores.len() as i32;
    }
    println!("{:?}", scores);
}
