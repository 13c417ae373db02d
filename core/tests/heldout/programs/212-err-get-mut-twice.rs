fn main() {
    let mut v = vec![1, 2, 3];
    let a = v.get_mut(0).unwrap();
    let b = v.get_mut(1).unwrap();
    *a += *b;
    println!("{:?}", v);
}
