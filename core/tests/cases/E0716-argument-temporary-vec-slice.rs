// expect: E0716 4:17
fn main() {
    let mut parts: Vec<&[i32]> = Vec::new();
    parts.push(&vec![1, 2, 3][..2]);
    println!("{:?}", parts);
}
