// expect: E0597 8:14
use std::fmt::Debug;
fn print_it(input: impl Debug + 'static) {
    println!("{:?}", input);
}
fn main() {
    let i = 5;
    print_it(&i);
    print_it(i);
}
