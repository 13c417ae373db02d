// expect: ok
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, Vec<String>> = HashMap::new();
    let e = m.entry(String::from("k")).or_insert_with(Vec::new);
    e.push(String::from("x"));
    m.entry(String::from("j")).or_default().push(String::from("y"));
    let c = m.entry(String::from("k")).or_insert(Vec::new());
    c.push(String::from("z"));
    let mut counts: HashMap<char, u32> = HashMap::new();
    for ch in "hello".chars() {
        *counts.entry(ch).or_insert(0) += 1;
    }
    m.entry(String::from("k")).and_modify(|v| v.push(String::from("w"))).or_default();
    println!("{} {}", m.len(), counts.len());
}
