use std::collections::HashMap;

fn lookup(m: &mut HashMap<u32, String>, k: u32) -> String {
    match m.get(&k) {
        Some(v) => v.clone(),
        None => {
            let v = format!("n{k}");
            m.insert(k, v.clone());
            v
        }
    }
}

fn main() {
    let mut m = HashMap::new();
    println!("{} {}", lookup(&mut m, 1), lookup(&mut m, 1));
}
