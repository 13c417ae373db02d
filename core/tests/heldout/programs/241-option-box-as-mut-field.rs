#[derive(Debug)]
struct Node {
    val: i32,
    child: Option<Box<Node>>,
}

fn main() {
    let mut root = Node { val: 1, child: Some(Box::new(Node { val: 2, child: None })) };
    if let Some(c) = root.child.as_mut() {
        c.val = 20;
    }
    if let Some(c) = &mut root.child {
        c.val += 1;
    }
    root.val = 0;
    println!("{:?}", root);
}
