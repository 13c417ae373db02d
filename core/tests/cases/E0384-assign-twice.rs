// expect: E0384 4:5
fn main() {
    let x = 5;
    x = 6;
    println!("{x}");
}
