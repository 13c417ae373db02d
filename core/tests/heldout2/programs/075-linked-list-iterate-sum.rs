struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let mut head: Option<Box<Node>> = None;
    for v in [3, 1, 4, 1, 5] {
        head = Some(Box::new(Node { val: v, next: head }));
    }
    let mut sum = 0;
    let mut cur = &head;
    while let Some(node) = cur {
        sum += node.val;
        cur = &node.next;
    }
    println!("sum = {sum}");
}
