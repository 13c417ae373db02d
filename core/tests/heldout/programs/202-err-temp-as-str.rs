fn main() {
    let name: &str = String::from("temp").as_str();
    println!("{name}");
    println!("done");
}
