struct Node {
    v: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head = Node { v: 1, next: Some(Box::new(Node { v: 2, next: None })) };
    let mut cur = Some(&mut head);
    while let Some(node) = cur {
        node.v *= 10;
        cur = node.next.as_deref_mut();
    }
    println!("{} {}", head.v, head.next.as_ref().unwrap().v);
}
