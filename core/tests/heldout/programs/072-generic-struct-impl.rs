#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(String::from("a"));
    s.push(String::from("b"));
    let top = s.peek().map(|t| t.len());
    s.push(String::from("c"));
    println!("{:?} {:?}", top, s);
}
