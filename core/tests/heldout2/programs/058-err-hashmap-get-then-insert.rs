use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<u32, String> = HashMap::new();
    cache.insert(1, "one".to_string());
    let one = cache.get(&1).unwrap();
    cache.insert(2, "two".to_string());
    println!("{one}");
}
