// expect: E0119 14:10
// expect: E0119 17:1
// expect: E0119 28:1
// Two impls for one type: a blanket impl and a concrete one, the same impl
// twice, and a derive beside an impl (the derive is the later one).
trait Describe {
    fn describe(&self) -> String {
        String::from("thing")
    }
}

impl<T: Clone> Describe for T {}

#[derive(Clone)]
struct Point;

impl Describe for Point {}

impl Clone for Point {
    fn clone(&self) -> Point {
        Point
    }
}

trait Area {}
struct Square;
impl Area for Square {}
impl Area for Square {}

fn main() {}
