// expect: E0046 17:1
// A trait's required items (no default) must all be defined; a method
// with a default body and a const with a value may be left out.
trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
    const MAX: usize = 80;
    type Out;
}

struct Tweet {
    username: String,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        self.username.clone()
    }
}

fn main() {}
