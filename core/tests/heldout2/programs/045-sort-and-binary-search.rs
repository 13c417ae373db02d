fn main() {
    let mut words = vec!["pear", "apple", "fig", "kiwi"];
    words.sort_unstable();
    match words.binary_search(&"kiwi") {
        Ok(i) => println!("kiwi at {i}"),
        Err(i) => words.insert(i, "kiwi"),
    }
    let pos = words.binary_search(&"grape").unwrap_or_else(|i| i);
    words.insert(pos, "grape");
    println!("{:?}", words);
}
