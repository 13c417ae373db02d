fn main() {
    let mut scores = vec![40, 10, 30];
    let max = scores.iter().max().unwrap();
    scores.sort();
    println!("max {max}, sorted {:?}", scores);
}
