fn duplicate<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn main() {
    let v = vec![1, 2];
    let (a, b) = duplicate(&v);
    println!("{:?} {:?} {:?}", v, a, b);
}
