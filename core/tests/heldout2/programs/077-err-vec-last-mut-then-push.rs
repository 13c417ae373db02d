fn main() {
    let mut stack = vec![1, 2, 3];
    let top = stack.last_mut().unwrap();
    stack.push(4);
    *top += 10;
    println!("{:?}", stack);
}
