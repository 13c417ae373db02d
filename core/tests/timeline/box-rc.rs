use std::rc::Rc;

fn main() {
    let b = Box::new(5);
    let a = Rc::new(String::from("hi"));
    let c = Rc::clone(&a);
    println!("{b} {a} {c}");
}
