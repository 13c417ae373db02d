struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut list = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }));
    let mut cur = list.as_mut();
    while let Some(node) = cur {
        node.val *= 10;
        cur = node.next.as_mut();
    }
    let mut p = list.as_ref();
    while let Some(n) = p {
        print!("{} ", n.val);
        p = n.next.as_ref();
    }
    println!();
}
