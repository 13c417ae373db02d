trait Animal {
    fn speak(&self) -> String;
}
struct Cat;
struct Cow;
impl Animal for Cat {
    fn speak(&self) -> String { "meow".into() }
}
impl Animal for Cow {
    fn speak(&self) -> String { "moo".into() }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Cat), Box::new(Cow)];
    for a in zoo.iter() {
        println!("{}", a.speak());
    }
}
