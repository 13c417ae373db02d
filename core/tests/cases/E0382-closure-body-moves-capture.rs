// expect: E0382 5:14
// expect: E0382 10:9
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
}
