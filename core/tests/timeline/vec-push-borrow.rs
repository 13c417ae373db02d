fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    let first = &v[0];
    println!("{first}");
    v.push(5);
}
