fn main() {
    let a = String::from("x");
    let b = Some(3);
    match (&a, &b) {
        (s, Some(n)) if *n > 2 => println!("{s} {n}"),
        (s, _) => println!("{s}"),
    }
    println!("{a} {:?}", b);
}
