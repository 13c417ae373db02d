fn f<T: Clone>(x: T) -> T { x }
fn main() { let s = String::new(); let t = f(s); }