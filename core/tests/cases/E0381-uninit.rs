// expect: E0381 4:20
fn main() {
    let x: i32;
    println!("{}", x);
}
