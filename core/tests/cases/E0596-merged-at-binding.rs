// expect: E0596 3:9
fn main() {
    let s = String::new();
    s.push_str("a");
    s.push_str("b");
    println!("{s}");
}
