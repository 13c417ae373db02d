// expect: ok
fn main() {
    let mut y: i32;
    if std::env::args().count() > 1 { y = 1; } else { y = 0; }
    y *= 2;
    let mut z = 3;
    z += y;
    println!("{} {}", y, z);
}
