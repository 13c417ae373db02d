fn main() {
    let v = vec![1, 2, 3];
    let i = v.len() + 2;
    println!("reading index {i}");
    println!("{}", v[i]);
}
