use std::collections::HashMap;
use std::fmt;
trait Animal { fn name(&self) -> String; fn speak(&self) -> String { format!("{} makes a sound", self.name()) } }
struct Dog; struct Cat { lives: u8 }
impl Animal for Dog { fn name(&self) -> String { "Dog".into() } fn speak(&self) -> String { "Woof".to_string() } }
impl Animal for Cat { fn name(&self) -> String { format!("Cat{}", self.lives) } }
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit { Hearts, Spades }
struct Wrapper(Vec<String>);
impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "[{}]", self.0.join(", ")) }
}
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T { let mut l = list[0]; for &i in list { if i > l { l = i; } } l }
fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Cat { lives: 9 })];
    for a in zoo.iter() { println!("{}", a.speak()); }
    let r: &dyn Animal = &Dog;
    println!("{}", r.name());
    let mut m = HashMap::new();
    m.insert(Suit::Hearts, 3);
    *m.entry(Suit::Hearts).or_insert(0) += 1;
    *m.entry(Suit::Spades).or_insert(0) += 10;
    println!("{:?} {:?}", m.get(&Suit::Hearts), m.get(&Suit::Spades));
    println!("{}", largest(&[3, 7, 2]));
    println!("{}", largest(&['a', 'z', 'q']));
    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {w} {:>6}|{:<6}|{:^7.2}|", "ab", 'c', 1.0f32/3.0);
    let s: String = "Hello World".chars().rev().filter(|c| !c.is_whitespace()).collect();
    println!("{s} {}", s.len());
    let words = vec!["apple", "bob", "kayak"];
    let lens: Vec<(usize, &str)> = words.iter().map(|w| (w.len(), *w)).collect();
    println!("{:?}", lens);
    let total: i32 = vec![2, 4, 6, 8, 10].iter().sum();
    let v2: Vec<_> = vec![3, 1, 2].into_iter().enumerate().collect();
    println!("{total} {v2:?} {}", 0);
    let mut grid = [[0u8; 3]; 2];
    grid[1][2] = 7;
    println!("{:?}", grid);
    let t = (1, "two", 3.5);
    let (a, b, c) = t;
    println!("{a} {b} {c} {:?}", t);
    let opt: Option<&str> = None;
    println!("{}", opt.map(|s| s.len()).unwrap_or(0));
    let n: i64 = -17;
    println!("{} {} {}", n / 5, n % 5, n.rem_euclid(5));
    println!("{}", i32::MAX.checked_add(1).is_none());
    let x = 255u8 as i8; let y = -1i32 as u32; let z = 3.99f64 as i32;
    println!("{x} {y} {z} {}", 'A' as u8 + 2);
}
