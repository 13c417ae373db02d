// expect: E0506 5:5
fn main() {
    let mut x = 1;
    let r = &x;
    x = 2;
    println!("{r}");
}
