// expect: E0502 9:36
struct Stack { items: Vec<String> }
impl Stack {
    fn top(&self) -> Option<&String> { self.items.last() }
    fn pop(&mut self) -> Option<String> { self.items.pop() }
}
fn main() {
    let mut s = Stack { items: vec![String::from("a")] };
    println!("{:?} {:?}", s.top(), s.pop());
}
