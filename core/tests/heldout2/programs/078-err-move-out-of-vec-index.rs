fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let first = names[0];
    println!("{first} {:?}", names);
}
