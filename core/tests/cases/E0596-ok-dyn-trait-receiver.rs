// expect: ok
// Trait objects used within their receivers' rules: `&mut self` methods
// through `&mut dyn` and a `mut` box, one borrow at a time.
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

fn each(shapes: &mut Vec<Box<dyn Shape>>) {
    for s in shapes.iter_mut() {
        s.grow();
        println!("{}", s.area());
    }
}

fn main() {
    let mut b: Box<dyn Shape> = Box::new(Sq(2.0));
    b.grow();
    let a = b.area();
    let n = b.name().to_string();
    b.grow();
    let r: &mut dyn Shape = &mut *b;
    r.grow();
    let first = r.area();
    r.grow();
    println!("{} {} {} {}", a, n, first, r.area());
    let mut v: Vec<Box<dyn Shape>> = vec![Box::new(Sq(1.0))];
    each(&mut v);
}
