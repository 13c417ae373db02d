// rustc: ok
fn main() {
    let mut x = 1;
    let m = &mut x;
    *m += 1;
    println!("{x}");
}
