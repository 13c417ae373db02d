fn add_item(list: &Vec<String>) {
    list.push(String::from("new"));
}

fn main() {
    let v = Vec::new();
    add_item(&v);
    println!("{:?}", v);
}
