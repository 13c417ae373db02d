#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    let second = head.next.take();
    println!("{:?} {:?}", head, second.map(|n| n.value));
}
