fn main() {
    let data = vec![1, 2, 3];
    let slice = &data[..2];
    drop(data);
    println!("{:?}", slice);
}
