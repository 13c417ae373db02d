trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
}

fn total(shapes: Vec<Box<dyn Shape>>) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0))];
    let t = total(shapes);
    println!("{t} over {} shapes", shapes.len());
}
