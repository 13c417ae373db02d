struct Order {
    items: Vec<String>,
}

fn ship(items: Vec<String>) -> usize {
    items.len()
}

fn main() {
    let order = Order { items: vec!["hat".into()] };
    let first = &order.items[0];
    let n = ship(order.items);
    println!("{first} {n}");
}
