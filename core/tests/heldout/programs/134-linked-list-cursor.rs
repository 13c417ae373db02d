#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Option<Box<Node>>, val: i32) {
    let mut cur = head;
    while let Some(node) = cur {
        cur = &mut node.next;
    }
    *cur = Some(Box::new(Node { val, next: None }));
}

fn main() {
    let mut list = None;
    push_back(&mut list, 1);
    push_back(&mut list, 2);
    println!("{:?}", list);
}
