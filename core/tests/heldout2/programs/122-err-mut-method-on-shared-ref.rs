fn add_item(list: &Vec<String>, item: &str) {
    list.push(item.to_string());
}

fn main() {
    let mut list = vec![];
    add_item(&list, "milk");
    println!("{:?}", list);
}
