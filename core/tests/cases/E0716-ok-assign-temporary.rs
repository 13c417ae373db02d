// expect: ok
fn main() {
    let first = &vec![1, 2, 3][..2];
    let mut name = "x";
    name = &String::from("abc");
    let second: &[i32];
    second = &[1, 2, 3];
    println!("{:?} {:?}", first, second);
}
