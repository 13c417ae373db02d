use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("rc"));
    let inner: String = *shared;
    println!("{inner}");
}
