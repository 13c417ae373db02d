fn main() {
    let s: &String = &String::from("temp");
    let parts: Vec<&str>;
    parts = String::from("a b c").split(' ').collect();
    println!("{s} {:?}", parts);
}
