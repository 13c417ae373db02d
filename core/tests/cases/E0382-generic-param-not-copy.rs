// expect: E0382 7:13
// expect: E0382 15:9
// expect: E0382 21:21
use std::fmt::Display;
fn show_twice<T: Display>(x: T) -> String {
    let a = x;
    let b = x;
    format!("{a}{b}")
}
fn pair<T>(x: T) -> (T, T)
where
    T: Clone + std::fmt::Debug,
{
    let a = x;
    (a, x)
}
struct Wrap<T>(Vec<T>);
impl<T: PartialEq> Wrap<T> {
    fn add_twice(&mut self, x: T) {
        self.0.push(x);
        self.0.push(x);
    }
}
fn main() {
    println!("{}", show_twice(String::from("ho")));
    println!("{:?}", pair(1));
    Wrap(vec![1]).add_twice(2);
}
