// expect: ok
// Recursion through Box, Vec, Rc, a reference or Option<Box<..>> is fine,
// and so is a type alias for the link.
use std::cell::RefCell;
use std::rc::Rc;

enum List {
    Cons(i32, Box<List>),
    Nil,
}

type Link = Option<Box<Node>>;

struct Node {
    value: i32,
    next: Link,
}

struct Tree {
    children: Vec<Tree>,
    parent: Option<Rc<RefCell<Tree>>>,
}

struct Borrowed<'a> {
    inner: Option<&'a Borrowed<'a>>,
}

fn main() {
    let l = List::Cons(1, Box::new(List::Nil));
    let n = Node { value: 1, next: None };
    let t = Tree { children: Vec::new(), parent: None };
    let b = Borrowed { inner: None };
    if let List::Cons(v, _) = l {
        println!("{} {} {} {}", v, n.value, t.children.len(), b.inner.is_none());
    }
}
