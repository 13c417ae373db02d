trait Describe {
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("This is {}", self.name())
    }
}

struct Car { model: String }
struct Cat;

impl Describe for Car {
    fn name(&self) -> String { self.model.clone() }
}
impl Describe for Cat {
    fn name(&self) -> String { "a cat".into() }
    fn describe(&self) -> String { "meow".into() }
}

fn print_all<T: Describe>(items: &[T]) {
    for i in items {
        println!("{}", i.describe());
    }
}

fn main() {
    print_all(&[Car { model: "T".into() }, Car { model: "S".into() }]);
    let things: Vec<&dyn Describe> = vec![&Cat, &Cat];
    println!("{}", things.len());
}
