fn main() {
    let data = vec![1, 2, 3];
    let consume = move || data.len();
    println!("{}", consume());
    println!("{:?}", data);
}
