// expect: E0382 6:14
// expect: E0382 11:9
// expect: E0382 24:14
fn f(x: String) {
    let _c = || x;
    let _y = x;
}
fn g() {
    let mut a = String::new();
    loop {
        || {
            &mut a;
            a;
        };
    }
}
fn main() {
    f(String::new());
    g();
    h(&mut String::new());
}
fn h(x: &mut String) {
    let _c = || x;
    let _y = x;
}
