fn main() {
    let mut stack = vec![1, 5, 3, 4];
    while let Some(top) = stack.last() {
        if *top > 2 {
            stack.pop();
        } else {
            break;
        }
    }
    println!("{:?}", stack);
}
