use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<&str, f64> = HashMap::new();
    prices.insert("tea", 2.0);
    prices.insert("cake", 3.5);
    for p in prices.values_mut() {
        *p *= 1.1;
    }
    let total: f64 = prices.values().sum();
    println!("{:.2}", total);
}
