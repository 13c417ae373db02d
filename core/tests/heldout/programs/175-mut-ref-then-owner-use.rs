fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    r.push(1);
    r.push(2);
    v.push(3);
    println!("{:?}", v);
}
