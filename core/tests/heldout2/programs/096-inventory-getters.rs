use std::collections::HashMap;

struct Inventory {
    items: HashMap<String, u32>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: HashMap::new() }
    }
    fn add(&mut self, name: &str, qty: u32) {
        *self.items.entry(name.to_string()).or_insert(0) += qty;
    }
    fn get(&self, name: &str) -> Option<&u32> {
        self.items.get(name)
    }
    fn most_stocked(&self) -> Option<&String> {
        self.items.iter().max_by_key(|(_, q)| **q).map(|(k, _)| k)
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("apple", 3);
    inv.add("pear", 10);
    inv.add("apple", 2);
    println!("{:?} {:?}", inv.get("apple"), inv.most_stocked());
    inv.add("kiwi", 1);
}
