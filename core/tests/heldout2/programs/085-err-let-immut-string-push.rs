fn main() {
    let greeting = String::from("Hello");
    let name = "Ria";
    greeting.push_str(", ");
    greeting.push_str(name);
    println!("{greeting}");
}
