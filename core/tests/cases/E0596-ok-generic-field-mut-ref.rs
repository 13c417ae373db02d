// expect: ok
struct W<T> { inner: T }
fn bump(w: W<&mut Vec<i32>>) {
    w.inner.push(1);
}
fn set<T>(x: T) -> T { x }
fn main() {
    let mut v = vec![1];
    bump(W { inner: &mut v });
    let r = set(&mut v);
    r.push(2);
    println!("{:?}", v);
}
