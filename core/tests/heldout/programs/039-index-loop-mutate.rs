fn main() {
    let mut v = vec![1, 2, 3];
    for i in 0..v.len() {
        let prev = if i > 0 { v[i - 1] } else { 0 };
        v[i] += prev;
    }
    println!("{:?}", v);
}
