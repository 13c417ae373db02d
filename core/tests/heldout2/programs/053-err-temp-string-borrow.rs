fn main() {
    let name: &str;
    {
        name = String::from("temp").as_str();
    }
    println!("{name}");
}
