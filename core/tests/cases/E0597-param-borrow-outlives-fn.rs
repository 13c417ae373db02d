// expect: E0597 3:28
fn keep(a: i32) {
    let _p: &'static i32 = &a;
}
fn main() {
    keep(1);
}
