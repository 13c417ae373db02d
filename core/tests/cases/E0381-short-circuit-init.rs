// expect: E0381 5:20
fn main() {
    let i: i32;
    let ok = std::env::args().count() > 1 && { i = 5; true };
    println!("{}", i);
    println!("{}", ok);
}
