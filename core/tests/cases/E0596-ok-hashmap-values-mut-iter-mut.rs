// expect: ok
use std::collections::HashMap;
fn main() {
    let mut scores: HashMap<String, Vec<u32>> = HashMap::new();
    scores.insert(String::from("a"), vec![1]);
    for v in scores.values_mut() {
        v.push(2);
    }
    for (_k, v) in scores.iter_mut() {
        v.push(3);
    }
    for (_k, v) in &mut scores {
        v.clear();
    }
    println!("{}", scores.len());
}
