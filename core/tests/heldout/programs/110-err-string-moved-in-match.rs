fn main() {
    let opt = Some(String::from("val"));
    match opt {
        Some(s) => println!("got {s}"),
        None => println!("nothing"),
    }
    println!("{:?}", opt);
}
