fn main() {
    let words = vec!["apple", "bob", "kayak", "rust"];
    let palins: Vec<String> = words
        .iter()
        .filter(|w| w.chars().rev().collect::<String>() == **w)
        .map(|w| w.to_uppercase())
        .collect();
    println!("{:?} from {:?}", palins, words);
}
