fn main() {
    let mut list = vec![String::from("a")];
    let first = &list[0];
    list.push(String::from("b"));
    println!("{first}");
}
