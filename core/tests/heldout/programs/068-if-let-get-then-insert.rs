use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<u32, String> = HashMap::new();
    let key = 5;
    if cache.get(&key).is_none() {
        cache.insert(key, format!("v{key}"));
    }
    let v = cache.get(&key).unwrap();
    println!("{v}");
}
