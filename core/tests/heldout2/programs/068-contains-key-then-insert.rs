use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    let items = ["bolt", "nut", "bolt", "washer"];
    for item in items {
        if !stock.contains_key(item) {
            stock.insert(item.to_string(), 0);
        }
        let count = stock.get_mut(item).unwrap();
        *count += 5;
    }
    let total: u32 = stock.values().sum();
    println!("total parts: {total}");
}
