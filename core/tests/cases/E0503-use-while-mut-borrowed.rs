// expect: E0503 5:13
fn main() {
    let mut x = 1;
    let r = &mut x;
    let y = x;
    *r += 1;
    println!("{y}");
}
