fn main() {
    let mut v = vec![2, 8, 4];
    let m = v.iter().max().copied();
    if let Some(m) = m {
        v.push(m + 1);
    }
    let n = *v.get(0).unwrap_or(&0);
    v.push(n);
    println!("{:?}", v);
}
