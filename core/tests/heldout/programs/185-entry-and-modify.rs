use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    for (k, v) in [("a", 1), ("b", 2), ("a", 3)] {
        m.entry(k.to_string()).and_modify(|e| e.push(v)).or_insert_with(|| vec![v]);
    }
    let a = &m["a"];
    println!("{:?}", a);
}
