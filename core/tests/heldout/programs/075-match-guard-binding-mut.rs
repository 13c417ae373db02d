fn main() {
    let mut opt = Some(3);
    match opt {
        Some(ref mut n) if *n > 2 => *n *= 10,
        _ => {}
    }
    println!("{:?}", opt);
}
