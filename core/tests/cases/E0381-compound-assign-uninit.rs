// expect: E0381 5:5
// expect: E0381 8:5
fn main() {
    let x: i32;
    x += 1;
    let mut y: i32;
    if std::env::args().count() > 1 { y = 1; }
    y *= 2;
    println!("{}", y);
}
