use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let writer = Rc::clone(&log);
    writer.borrow_mut().push("started");
    log.borrow_mut().push("running");
    println!("{:?} refs={}", log.borrow(), Rc::strong_count(&log));
}
