// expect: E0596 12:5
// `Box<_>` leaves the box's contents to the value: the box is still an
// owner declared without `mut`, so `&mut self` through it is refused.
struct A;

impl A {
    fn foo(&mut self) {}
}

fn main() {
    let a: Box<_> = Box::new(A);
    a.foo();
    let mut b: Box<_> = Box::new(A);
    b.foo();
}
