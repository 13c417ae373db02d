use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, String> = HashMap::new();
    m.insert("a".into(), "1".into());
    let v = m.get("a").unwrap();
    m.insert("b".into(), "2".into());
    println!("{v}");
}
