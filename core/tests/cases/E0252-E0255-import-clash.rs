// expect: E0252 7:5
// expect: E0255 18:1
// expect: E0255 24:5
// Two imports of one name (E0252), an import and an item (E0255, at the
// later one: "redefined" or "reimported").
use std::fmt::Write;
use std::io::Write;

mod geometry {
    pub fn area() -> f64 {
        1.0
    }
    pub struct Point;
}

use geometry::area;

fn area() -> f64 {
    2.0
}

struct Point;

use geometry::Point;

fn main() {}
