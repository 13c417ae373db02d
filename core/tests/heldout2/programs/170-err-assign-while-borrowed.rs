fn main() {
    let mut best = String::from("none");
    let r = &best;
    best = String::from("winner");
    println!("{r} {best}");
}
