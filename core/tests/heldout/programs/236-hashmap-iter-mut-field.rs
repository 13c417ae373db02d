use std::collections::HashMap;

#[derive(Debug)]
struct Stat {
    hits: u32,
}

fn main() {
    let mut m: HashMap<&str, Stat> = HashMap::new();
    m.insert("a", Stat { hits: 1 });
    for (_k, s) in m.iter_mut() {
        s.hits *= 2;
    }
    for s in m.values_mut() {
        s.hits += 1;
    }
    println!("{:?}", m["a"]);
}
