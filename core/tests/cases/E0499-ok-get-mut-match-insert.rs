// expect: ok
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, Vec<i32>> = HashMap::new();
    let k = String::from("a");
    match m.get_mut(&k) {
        Some(v) => v.push(1),
        None => {
            m.insert(k.clone(), vec![1]);
        }
    }
    if let Some(v) = m.get_mut("a") {
        v.push(2);
    }
    m.insert(String::from("b"), vec![]);
    println!("{}", m.len());
}
