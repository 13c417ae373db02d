// expect: E0050 15:12
// expect: E0050 18:14
// expect: E0050 21:5
// A method with more or fewer parameters than its trait's declaration
// (self counts): the span is the impl's parameters, or its signature.
trait Calc {
    fn add(&self, x: i32, y: i32) -> i32;
    fn reset(&mut self);
    fn make(a: u8) -> Self;
}

struct Acc(i32);

impl Calc for Acc {
    fn add(&self, x: i32) -> i32 {
        self.0 + x
    }
    fn reset(&mut self, to: i32) {
        self.0 = to;
    }
    fn make() -> Acc {
        Acc(0)
    }
}

fn main() {}
