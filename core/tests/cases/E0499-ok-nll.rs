// expect: ok
fn main() {
    let mut s = String::new();
    let a = &mut s;
    a.push('x');
    let b = &mut s;
    b.push('y');
}
