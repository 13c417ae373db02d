#[derive(Debug)]
struct Product {
    sku: String,
    qty: u32,
}

fn main() {
    let mut stock = vec![
        Product { sku: "A1".into(), qty: 0 },
        Product { sku: "B2".into(), qty: 5 },
        Product { sku: "C3".into(), qty: 1 },
    ];
    let low: Vec<String> = stock.iter().filter(|p| p.qty < 2).map(|p| p.sku.clone()).collect();
    stock.retain(|p| p.qty > 0);
    for p in stock.iter_mut().filter(|p| p.qty < 2) {
        p.qty += 10;
    }
    println!("reorder {:?}; now {:?}", low, stock);
}
