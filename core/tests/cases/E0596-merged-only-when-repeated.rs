// expect: E0596 4:9
// expect: E0596 9:5
fn main() {
    let v = vec![1];
    v.push(2);
    let r = &mut v;
    r.push(3);
    let w = vec![1];
    w.push(1);
}
