fn main() {
    let mut v = vec![String::from("x")];
    let first = v.first();
    v.push(String::from("y"));
    println!("{:?}", first);
}
