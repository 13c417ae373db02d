// expect: E0201 15:5
// expect: E0592 21:5
// The same method twice: in a trait impl (E0201), in inherent impls of one
// type, in one block or two (E0592).
trait Speak {
    fn speak(&self) -> String;
}

struct Cat;

impl Speak for Cat {
    fn speak(&self) -> String {
        String::from("meow")
    }
    fn speak(&self) -> String {
        String::from("purr")
    }
}

impl Cat {
    fn new() -> Cat {
        Cat
    }
    fn name(&self) -> &str {
        "cat"
    }
}

impl Cat {
    fn new() -> Cat {
        Cat
    }
}

fn main() {}
