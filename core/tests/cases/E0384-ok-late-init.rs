// expect: ok
fn main() {
    let x;
    x = 6;
    println!("{x}");
}
