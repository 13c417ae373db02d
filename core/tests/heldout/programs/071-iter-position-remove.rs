fn main() {
    let mut names = vec![String::from("a"), String::from("b"), String::from("c")];
    if let Some(i) = names.iter().position(|n| n == "b") {
        names.remove(i);
    }
    println!("{:?}", names);
}
