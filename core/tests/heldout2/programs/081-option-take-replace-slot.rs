#[derive(Debug)]
struct Slot {
    item: Option<String>,
}

fn main() {
    let mut slots = vec![Slot { item: Some("sword".into()) }, Slot { item: None }];
    let taken = slots[0].item.take();
    slots[1].item = taken;
    if let Some(name) = slots[1].item.as_mut() {
        name.push_str(" +1");
    }
    let old = slots[1].item.replace("shield".to_string());
    println!("{:?} old={:?}", slots, old);
}
