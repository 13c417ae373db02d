fn main() {
    let words = vec![String::from("alpha"), String::from("be")];
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    let shout = |s: &str| s.to_uppercase();
    println!("{}", shout(longest));
}
