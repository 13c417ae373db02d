// expect: E0449 11:5
// expect: E0449 17:5
// `pub` on a trait impl's items and on enum variants.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    pub fn speak(&self) -> String {
        String::from("woof")
    }
}

enum Color {
    pub Red,
    Green,
}

fn main() {}
