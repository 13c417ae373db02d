// expect: E0596 4:5
fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{v:?}");
}
