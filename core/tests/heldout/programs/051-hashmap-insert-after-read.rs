use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("a".into(), 1);
    let current = *m.get("a").unwrap_or(&0);
    m.insert("a".into(), current + 1);
    println!("{:?}", m);
}
