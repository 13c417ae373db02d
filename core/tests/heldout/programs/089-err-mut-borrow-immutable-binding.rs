fn main() {
    let v = vec![3, 1, 2];
    v.sort();
    println!("{:?}", v);
}
