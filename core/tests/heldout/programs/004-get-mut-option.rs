use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert(String::from("apple"), 3);
    stock.insert(String::from("pear"), 5);
    if let Some(n) = stock.get_mut("apple") {
        *n += 10;
    }
    println!("{:?}", stock.get("apple"));
}
