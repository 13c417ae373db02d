use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    let b = a;
    println!("{} {}", a, b);
}
