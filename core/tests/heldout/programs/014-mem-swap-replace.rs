fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right");
    std::mem::swap(&mut a, &mut b);
    let old = std::mem::replace(&mut a, String::from("new"));
    println!("{a} {b} {old}");
}
