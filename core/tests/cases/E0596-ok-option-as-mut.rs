// expect: ok
struct Node { val: i32, next: Option<Box<Node>> }
fn main() {
    let mut head = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    if let Some(n) = head.next.as_mut() {
        n.val = 20;
    }
    let mut name: Option<String> = Some(String::from("a"));
    if let Some(s) = name.as_mut() {
        s.push('b');
    }
    match head.next.as_mut() {
        Some(n) => n.val += 1,
        None => {}
    }
    println!("{} {:?}", head.val, name);
}
