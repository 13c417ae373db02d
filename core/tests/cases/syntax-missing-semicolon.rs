// expect: syntax 4:20
fn main() {
    let s = String::from("hi");
    let t = s.len()
    println!("{t}");
}
