struct Inventory {
    items: Vec<String>,
}

fn main() {
    let inv = Inventory { items: vec![] };
    inv.items.push("rope".to_string());
    println!("{}", inv.items.len());
}
