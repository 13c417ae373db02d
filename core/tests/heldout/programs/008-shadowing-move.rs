fn main() {
    let s = String::from("rust");
    let s = s + " lang";
    let s = s.to_uppercase();
    println!("{s}");
}
