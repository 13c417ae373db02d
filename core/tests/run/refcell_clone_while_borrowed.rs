use std::cell::RefCell;
fn main() {
    let a = RefCell::new(vec![1]);
    let g = a.borrow();
    let b = a.clone();
    b.borrow_mut().push(2);
    println!("{:?} {:?} {}", b, g, g.len());
}
