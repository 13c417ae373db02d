// rustc: ok
struct Person {
    name: String,
    age: u32,
}

impl Person {
    fn birthday(&mut self) {
        self.age += 1;
    }

    fn age(&self) -> u32 {
        self.age
    }
}

fn main() {
    let mut p = Person { name: String::from("Ada"), age: 36 };
    p.birthday();
    let a = p.age();
    let name = p.name;
    println!("{name} is {a}, {}", p.age);
}
