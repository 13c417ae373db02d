fn longest_name(names: &[String]) -> &String {
    let mut best = String::new();
    for n in names {
        if n.len() > best.len() {
            best = n.clone();
        }
    }
    &best
}

fn main() {
    println!("{}", longest_name(&["al".into(), "bea".into()]));
}
