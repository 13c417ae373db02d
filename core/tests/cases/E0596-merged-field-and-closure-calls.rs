// expect: E0596 5:9
// expect: E0596 9:9
struct P { v: Vec<i32> }
fn main() {
    let p = P { v: vec![] };
    p.v.push(3);
    p.v.push(4);
    let mut n = 0;
    let c = || n += 1;
    c();
    c();
}
