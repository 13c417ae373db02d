use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, String> = HashMap::new();
    for k in [1, 2, 1] {
        if let Some(v) = m.get(&k) {
            println!("cached {v}");
        } else {
            m.insert(k, format!("value {k}"));
        }
    }
    println!("{}", m.len());
}
