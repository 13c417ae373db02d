fn store<'a>(list: &mut Vec<&'a str>, item: &str) {
    list.push(item);
}

fn main() {
    let mut v = Vec::new();
    store(&mut v, "hi");
    println!("{:?}", v);
}
