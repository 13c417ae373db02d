use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1]);
    let len = cell.borrow().len();
    cell.borrow_mut().push(len as i32 + 1);
    println!("{:?}", cell.borrow());
}
