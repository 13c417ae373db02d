use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let counter = Rc::new(RefCell::new(0));
    let a = Rc::clone(&counter);
    let b = Rc::clone(&counter);
    *a.borrow_mut() += 5;
    *b.borrow_mut() += 7;
    println!("value = {}, refs = {}", counter.borrow(), Rc::strong_count(&counter));
}
