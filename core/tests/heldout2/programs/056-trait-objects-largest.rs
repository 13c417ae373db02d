trait Animal {
    fn speak(&self) -> &str;
    fn legs(&self) -> u32;
}

struct Dog;
struct Bird { song: String }

impl Animal for Dog {
    fn speak(&self) -> &str { "woof" }
    fn legs(&self) -> u32 { 4 }
}
impl Animal for Bird {
    fn speak(&self) -> &str { &self.song }
    fn legs(&self) -> u32 { 2 }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Bird { song: "tweet".into() })];
    let loudest = zoo.iter().max_by_key(|a| a.legs()).unwrap();
    println!("{}", loudest.speak());
    let sounds: Vec<&str> = zoo.iter().map(|a| a.speak()).collect();
    println!("{:?}", sounds);
}
