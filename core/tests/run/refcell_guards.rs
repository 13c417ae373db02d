use std::cell::RefCell;
use std::rc::Rc;
fn consume(g: std::cell::RefMut<Vec<i32>>) { println!("consumed {}", g.len()); }
fn main() {
    let c = RefCell::new(vec![1]);
    let first = c.borrow();
    drop(first);
    c.borrow_mut().push(2);
    {
        let mut g = c.borrow_mut();
        g.push(3);
    }
    println!("{:?}", c.borrow());
    let g = c.borrow_mut();
    consume(g);
    let a = c.borrow();
    let b = c.borrow();
    println!("{} {} {:?}", a.len(), b.len(), c);
    drop(a);
    drop(b);
    for i in 0..3 {
        let mut g = c.borrow_mut();
        g.push(i);
    }
    let shared = Rc::new(RefCell::new(String::from("x")));
    let s2 = Rc::clone(&shared);
    let v = shared.borrow().clone();
    s2.borrow_mut().push_str(&v);
    let (p, q) = (shared.borrow(), c.borrow());
    println!("{} {:?}", p, q);
    drop(p);
    drop(q);
    let m = c.borrow_mut();
    println!("{:?}", c);
    drop(m);
    let g = c.borrow_mut();
    let g = 5;
    println!("{g}");
    println!("{:?}", c.borrow());
}
