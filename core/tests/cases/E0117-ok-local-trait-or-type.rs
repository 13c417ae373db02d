// expect: ok
// Allowed: our trait for a foreign type, a foreign trait for our type or
// a reference or Box of it, and a foreign trait with our type as argument.
use std::fmt;

struct Celsius(f64);

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for Vec<i32> {
    fn describe(&self) -> String {
        format!("{} numbers", self.len())
    }
}

impl<T: fmt::Debug> Describe for Option<T> {
    fn describe(&self) -> String {
        format!("{:?}", self)
    }
}

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}C", self.0)
    }
}

impl From<Celsius> for f64 {
    fn from(c: Celsius) -> f64 {
        c.0
    }
}

impl Default for Box<Celsius> {
    fn default() -> Self {
        Box::new(Celsius(0.0))
    }
}

fn main() {
    let v = vec![1, 2];
    println!("{} {}", v.describe(), Celsius(1.0));
    let f: f64 = Celsius(2.0).into();
    println!("{}", f);
}
