// expect: ok
// Equal once the trait's Self, its arguments and associated types are the
// impl's, whatever the lifetimes are called or elided.
use std::fmt;
use std::ops::Add;

trait Convert<T> {
    type Out;
    fn convert(&self, x: T) -> Self::Out;
    fn same(&self, other: &Self) -> bool;
    fn name<'a>(&self, s: &'a str) -> &'a str;
}

struct Meters(f64);

impl Convert<i32> for Meters {
    type Out = f64;
    fn convert(&self, x: i32) -> f64 {
        self.0 * x as f64
    }
    fn same(&self, other: &Meters) -> bool {
        self.0 == other.0
    }
    fn name<'b>(&self, s: &'b str) -> &'b str {
        s
    }
}

impl Add for Meters {
    type Output = Meters;
    fn add(self, rhs: Self) -> Self::Output {
        Meters(self.0 + rhs.0)
    }
}

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> Result<(), fmt::Error> {
        write!(f, "{}m", self.0)
    }
}

fn main() {
    let m = Meters(1.0) + Meters(2.0);
    println!("{} {}", m, m.convert(2));
}
