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
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut s: Stack<String> = Stack::new();
    s.push("a".into());
    s.push("b".into());
    if let Some(top) = s.peek() {
        println!("top {top}");
    }
    while let Some(x) = s.pop() {
        println!("{x:?}");
    }
    println!("{}", s.is_empty());
}
