use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

type Graph = Rc<RefCell<HashMap<u32, Vec<u32>>>>;

fn add_edge(g: &Graph, a: u32, b: u32) {
    let mut m = g.borrow_mut();
    m.entry(a).or_default().push(b);
    m.entry(b).or_default().push(a);
}

fn main() {
    let g: Graph = Rc::new(RefCell::new(HashMap::new()));
    add_edge(&g, 1, 2);
    add_edge(&g, 2, 3);
    let degree = g.borrow().get(&2).map(|v| v.len()).unwrap_or(0);
    println!("degree of 2: {degree}");
}
