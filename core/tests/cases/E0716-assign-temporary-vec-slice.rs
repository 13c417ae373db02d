// expect: E0716 4:14
fn main() {
    let first: &[i32];
    first = &vec![1, 2, 3][..2];
    println!("{:?}", first);
}
