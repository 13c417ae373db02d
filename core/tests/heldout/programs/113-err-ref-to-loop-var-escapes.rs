fn main() {
    let mut best: &String = &String::new();
    let names = vec![String::from("a"), String::from("bb")];
    for n in names.clone() {
        if n.len() > best.len() {
            best = &n;
        }
    }
    println!("{best} {:?}", names);
}
