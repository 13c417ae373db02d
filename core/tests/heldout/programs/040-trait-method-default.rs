trait Greet {
    fn name(&self) -> String;
    fn greet(&self) -> String {
        format!("Hello, {}!", self.name())
    }
}

struct Dog;

impl Greet for Dog {
    fn name(&self) -> String {
        String::from("Rex")
    }
}

fn main() {
    let d = Dog;
    println!("{}", d.greet());
}
