// expect: E0185 12:5
// expect: E0186 15:5
// `self` in the impl but not in the trait (E0185), and the reverse (E0186).
trait Animal {
    fn new(name: &str) -> Self;
    fn speak(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn new(&self, name: &str) -> Dog {
        Dog
    }
    fn speak() -> String {
        String::from("woof")
    }
}

fn main() {}
