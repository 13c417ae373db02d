// expect: E0596 22:5
// expect: E0596 27:5
// expect: E0499 32:5
// A method called on a trait object is the trait's declaration: its
// receiver (`&self`, `&mut self`) decides the borrow, as for a struct.
trait Shape {
    fn area(&self) -> f64;
    fn grow(&mut self);
    fn name(&mut self) -> &str;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn grow(&mut self) { self.0 += 1.0; }
    fn name(&mut self) -> &str { "square" }
}

fn shared(s: &dyn Shape) {
    println!("{}", s.area());
    s.grow();
}

fn owned(s: Box<dyn Shape>) {
    println!("{}", s.area());
    s.grow();
}

fn twice(s: &mut dyn Shape) {
    let n = s.name();
    s.grow();
    println!("{}", n);
}

fn main() {
    shared(&Sq(1.0));
    owned(Box::new(Sq(2.0)));
    twice(&mut Sq(3.0));
}
