fn main() {
    let mut list = Vec::new();
    let item = String::from("pen");
    list.push(item);
    println!("{item} {:?}", list);
}
