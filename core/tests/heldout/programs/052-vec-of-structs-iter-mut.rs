#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut items = vec![
        Item { name: "bolt".into(), qty: 3 },
        Item { name: "nut".into(), qty: 0 },
    ];
    for item in &mut items {
        if item.qty == 0 {
            item.name.push_str(" (out)");
        }
    }
    println!("{:?}", items);
}
