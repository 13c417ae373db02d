// expect: lifetime 3:5
fn pick<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 {
    y
}
fn main() {
    let (a, b) = (1, 2);
    println!("{}", pick(&a, &b));
}
