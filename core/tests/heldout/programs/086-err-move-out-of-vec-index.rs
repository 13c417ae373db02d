fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let first = names[0];
    println!("{first} {}", names.len());
}
