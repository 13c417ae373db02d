// expect: ok
use std::fmt::Display;
trait Num: Copy {}
impl Num for i32 {}
fn copy_inline<T: Copy>(x: T) -> (T, T) { let a = x; (a, x) }
fn copy_where<T>(x: T) -> (T, T) where T: Copy + Display { let a = x; (a, x) }
fn user_trait<T: Num>(x: T) -> (T, T) { let a = x; (a, x) }
fn cloned<T: Clone + Display>(x: T) -> String {
    let a = x.clone();
    let b = &x;
    format!("{a}{b}{x}")
}
fn main() {
    println!("{:?} {:?} {:?}", copy_inline(1), copy_where(2), user_trait(3));
    println!("{}", cloned(String::from("a")));
}
