fn main() {
    let mut v = vec![1, -1, 2];
    for i in 0..v.len() {
        if v[i] > 0 {
            v.push(v[i] * 10);
        }
    }
    println!("{:?}", v);
}
