fn main() {
    let mut stack = vec![String::from("a"), String::from("b"), String::from("c")];
    while let Some(top) = stack.pop() {
        println!("popped {top}");
        if top == "b" {
            stack.push(String::from("z"));
            break;
        }
    }
    println!("{:?}", stack);
}
