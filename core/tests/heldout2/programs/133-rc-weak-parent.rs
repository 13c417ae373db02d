use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct TreeNode {
    name: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

fn main() {
    let root = Rc::new(TreeNode { name: "root".into(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    let leaf = Rc::new(TreeNode { name: "leaf".into(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&root);
    root.children.borrow_mut().push(Rc::clone(&leaf));
    if let Some(p) = leaf.parent.borrow().upgrade() {
        println!("{}'s parent is {}", leaf.name, p.name);
    }
    println!("root has {} children", root.children.borrow().len());
}
