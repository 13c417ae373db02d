fn main() {
    let mut s = String::from("hello world");
    let word = s.split(' ').next().unwrap();
    s.clear();
    println!("{word}");
}
