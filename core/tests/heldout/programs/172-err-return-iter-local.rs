fn names() -> Vec<&'static str> {
    let owned = String::from("a,b");
    owned.split(',').collect()
}

fn main() {
    println!("{:?}", names());
}
