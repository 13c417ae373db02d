// expect: E0382 6:5
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let r2 = r;
    r.push(3);
    r2.push(2);
}
