// expect: E0499 4:45
fn main() {
    let mut it = vec![1, 2, 3].into_iter().peekable();
    let s = format!("{:?} {:?}", it.peek(), it.next());
    println!("{s}");
}
