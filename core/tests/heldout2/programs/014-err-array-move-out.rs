fn main() {
    let words = [String::from("x"), String::from("y")];
    let w = words[1];
    println!("{w}");
}
