use std::cell::RefCell;
use std::rc::Rc;
fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(4);
    println!("{:?} strong={}", shared.borrow(), Rc::strong_count(&shared));
    let first = shared.borrow();
    let mut second = other.borrow_mut();
    second.push(5);
    println!("{:?}", first);
}
