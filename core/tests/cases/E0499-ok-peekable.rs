// expect: ok
fn main() {
    let v = vec![1, 2, 2, 3];
    let mut it = v.iter().peekable();
    let mut out = Vec::new();
    while let Some(x) = it.next() {
        if let Some(&&nx) = it.peek() {
            if nx == *x {
                it.next();
            }
        }
        out.push(*x);
    }
    println!("{:?}", out);
}
