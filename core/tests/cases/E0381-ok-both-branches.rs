// expect: ok
fn main() {
    let x: i32;
    let c = std::env::args().count() > 1;
    if c { x = 1; } else { x = 2; }
    println!("{x}");
}
