fn main() {
    let mut scores = vec![10, 20, 30];
    for s in scores.iter_mut() {
        *s += scores.len() as i32;
    }
    println!("{:?}", scores);
}
