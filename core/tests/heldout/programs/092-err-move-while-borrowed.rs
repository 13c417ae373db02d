fn main() {
    let s = String::from("data");
    let r = &s;
    let moved = s;
    println!("{r} {moved}");
}
