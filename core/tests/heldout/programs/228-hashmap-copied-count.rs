use std::collections::HashMap;

fn main() {
    let mut m: HashMap<char, usize> = HashMap::new();
    for c in "hello".chars() {
        let n = m.get(&c).copied().unwrap_or(0);
        m.insert(c, n + 1);
    }
    println!("{:?}", m.get(&'l'));
}
