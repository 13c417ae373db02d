// expect: E0502 4:37
fn main() {
    let mut v = vec![1, 2, 3];
    println!("{:?} {:?}", v.last(), v.pop());
}
