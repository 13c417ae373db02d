use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<String, f64> = HashMap::new();
    prices.insert("tea".into(), 2.5);
    let order = ["tea", "coffee", "tea"];
    let mut bill = 0.0;
    for o in order {
        let p = if let Some(p) = prices.get(o) {
            *p
        } else {
            prices.insert(o.to_string(), 3.0);
            3.0
        };
        bill += p;
    }
    println!("bill {bill} menu size {}", prices.len());
}
