fn main() {
    let b = Box::new(vec![1, 2]);
    let c = b;
    println!("{:?} {:?}", b, c);
}
