fn main() {
    let todos = Vec::new();
    todos.push("write code");
    println!("{:?}", todos);
}
