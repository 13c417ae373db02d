// expect: E0506 5:5
fn main() {
    let mut a = [1, 2, 3];
    let f = &a[0];
    a[1] = 5;
    println!("{}", f);
}
