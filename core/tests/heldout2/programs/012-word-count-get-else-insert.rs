use std::collections::HashMap;

fn main() {
    let words = vec!["apple", "pear", "apple", "fig", "pear", "apple"];
    let mut seen: HashMap<&str, i32> = HashMap::new();
    for w in &words {
        if let Some(n) = seen.get_mut(w) {
            *n += 1;
        } else {
            seen.insert(w, 1);
        }
    }
    println!("apple = {:?}", seen.get("apple"));
    println!("has kiwi? {}", seen.contains_key("kiwi"));
}
