use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let handles: Vec<_> = (0..3).map(|_| Rc::clone(&shared)).collect();
    for (i, h) in handles.iter().enumerate() {
        h.borrow_mut().push(i);
    }
    println!("{:?}", shared.borrow());
}
