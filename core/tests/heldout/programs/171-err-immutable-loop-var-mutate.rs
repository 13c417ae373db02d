fn main() {
    let words = vec![String::from("a"), String::from("b")];
    for w in &words {
        w.push('!');
    }
    println!("{:?}", words);
}
