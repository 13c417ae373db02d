// expect: E0596 20:5
// `a += b` on a struct of the snippet calls its `AddAssign::add_assign`,
// which takes `&mut self`: the left side must be mutable.
use std::ops::AddAssign;

#[derive(Clone)]
struct Int(i32);

impl AddAssign for Int {
    fn add_assign(&mut self, other: Int) {
        self.0 += other.0;
    }
}

fn main() {
    let mut x = Int(1);
    x += Int(2);
    x += x.clone();
    let y = Int(2);
    y += Int(1);
    println!("{}", x.0);
}
