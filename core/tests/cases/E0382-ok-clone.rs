// expect: ok
fn main() {
    let s = String::from("hi");
    let t = s.clone();
    println!("{s} {t}");
}
