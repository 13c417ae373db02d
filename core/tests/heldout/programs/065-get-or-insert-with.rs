use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<char, Vec<String>> = HashMap::new();
    for w in ["apple", "avocado", "banana"] {
        let key = w.chars().next().unwrap();
        groups.entry(key).or_insert_with(Vec::new).push(w.to_string());
    }
    let mut ks: Vec<_> = groups.iter().map(|(k, v)| (*k, v.len())).collect();
    ks.sort();
    println!("{:?}", ks);
}
