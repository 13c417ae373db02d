fn main() {
    let mut line = String::from("key=value");
    let key = &line[..3];
    line.clear();
    println!("{key}");
}
