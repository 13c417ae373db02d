#[derive(Debug)]
struct Item {
    name: String,
    price: f64,
}

fn main() {
    let mut cart = vec![
        Item { name: "pen".into(), price: 1.5 },
        Item { name: "book".into(), price: 12.0 },
    ];
    for item in cart.iter_mut() {
        if item.price > 10.0 {
            item.price *= 0.9;
        }
    }
    for item in &mut cart {
        item.name = item.name.to_uppercase();
    }
    let total: f64 = cart.iter().map(|i| i.price).sum();
    println!("{:?} {total}", cart);
}
