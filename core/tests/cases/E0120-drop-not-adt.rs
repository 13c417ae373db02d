// expect: E0120 9:15
// expect: E0120 13:15
// Drop only for our structs, enums and unions: not for a reference or a
// trait object.
trait Shape {}

struct Circle;

impl Drop for &Circle {
    fn drop(&mut self) {}
}

impl Drop for dyn Shape {
    fn drop(&mut self) {}
}

fn main() {}
