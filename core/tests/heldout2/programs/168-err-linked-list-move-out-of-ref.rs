struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn second(head: &Node) -> Option<Box<Node>> {
    head.next
}

fn main() {
    let n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    println!("{:?}", second(&n).map(|b| b.val));
}
