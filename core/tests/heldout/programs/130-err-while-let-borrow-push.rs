fn main() {
    let mut v = vec![1, 2, 3];
    let mut i = v.iter();
    while let Some(x) = i.next() {
        if *x > 1 {
            v.push(*x);
        }
    }
}
