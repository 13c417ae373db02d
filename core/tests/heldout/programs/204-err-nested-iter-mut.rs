fn main() {
    let mut v = vec![1, 2];
    for a in v.iter_mut() {
        for b in v.iter() {
            *a += b;
        }
    }
    println!("{:?}", v);
}
