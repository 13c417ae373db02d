fn main() {
    let mut v = vec![1, 2, 3];
    let x = &v[0];
    v.push(*x);
    println!("{:?}", v);
}
