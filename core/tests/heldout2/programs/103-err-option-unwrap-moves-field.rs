struct Slot {
    item: Option<String>,
}

fn main() {
    let s = Slot { item: Some("key".into()) };
    let r = &s;
    let name = r.item.unwrap();
    println!("{name}");
}
