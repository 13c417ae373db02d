fn main() {
    let mut words = vec![String::from("a"), String::from("b")];
    let mut it = words.iter();
    words.clear();
    println!("{:?}", it.next());
}
