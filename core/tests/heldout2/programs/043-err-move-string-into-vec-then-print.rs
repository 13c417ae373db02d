fn main() {
    let mut names = Vec::new();
    let name = String::from("Ada");
    names.push(name);
    println!("added {name}");
    println!("{:?}", names);
}
