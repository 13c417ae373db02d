use std::fmt;
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl fmt::Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Square({})", self.0)
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn describe(s: &impl Shape) -> String {
    format!("{} with area {:.1}", s.name(), s.area())
}

fn main() {
    let sq = Square(1.5);
    println!("{sq}: {}", describe(&sq));
    let a = Rc::new(5);
    {
        let b = Rc::clone(&a);
        println!("count = {} ({b})", Rc::strong_count(&a));
    }
    println!("count = {}", Rc::strong_count(&a));
    let _x = Noisy("x");
    let y = Noisy("y");
    drop(y);
    println!("end of main");
}
