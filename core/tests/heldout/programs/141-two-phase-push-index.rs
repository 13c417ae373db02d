fn main() {
    let mut v = vec![5, 6];
    v.push(v[0] + v[1]);
    let first = &v[0];
    let copy = *first;
    v.push(copy);
    println!("{:?}", v);
}
