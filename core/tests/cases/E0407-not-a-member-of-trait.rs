// expect: E0407 19:5
// expect: E0437 22:5
// expect: E0438 23:5
// expect: E0407 30:5
// Items an impl defines that its trait does not declare: a method
// (E0407), a type (E0437), a const (E0438); also for std's Display.
use std::fmt;

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.0
    }
    type Unit = f64;
    const SIDES: u32 = 4;
}

impl fmt::Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0)
    }
    fn to_text(&self) -> String {
        String::new()
    }
}

fn main() {}
