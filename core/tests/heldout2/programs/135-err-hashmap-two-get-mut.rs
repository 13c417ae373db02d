use std::collections::HashMap;

fn main() {
    let mut bal: HashMap<&str, i32> = HashMap::new();
    bal.insert("a", 10);
    bal.insert("b", 0);
    let a = bal.get_mut("a").unwrap();
    let b = bal.get_mut("b").unwrap();
    *a -= 5;
    *b += 5;
    println!("{:?}", bal);
}
