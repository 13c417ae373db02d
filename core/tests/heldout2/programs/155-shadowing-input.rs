fn main() {
    let input = "  17  ";
    let input = input.trim();
    let input: i32 = input.parse().unwrap_or(0);
    let input = input * 2;
    let name = String::from("guest");
    let name = name + "_" + &input.to_string();
    println!("{name}");
}
