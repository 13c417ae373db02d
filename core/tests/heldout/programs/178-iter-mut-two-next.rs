fn main() {
    let mut v = vec![1, 2, 3];
    let mut it = v.iter_mut();
    let a = it.next().unwrap();
    let b = it.next().unwrap();
    *a += *b;
    *b = 0;
    println!("{:?}", v);
}
