// Compiling patterns from Rust by Example that borrowmap once rejected:
// a where clause bounding a type that names a parameter, a parenthesized
// type and pattern, a `&'static str` field returned through `&self`, and
// an `Arc::clone(&a)` moved into a thread.
use std::error::Error;
use std::fmt::Debug;
use std::sync::Arc;
use std::thread;

trait PrintInOption {
    fn print_in_option(self);
}

impl<T> PrintInOption for T
where
    Option<T>: Debug,
{
    fn print_in_option(self) {
        println!("{:?}", Some(self));
    }
}

fn first_source<'a>(e: &'a (dyn Error + 'static)) -> Option<&'a (dyn Error + 'static)> {
    e.source()
}

struct Sheep {
    name: &'static str,
}

impl Sheep {
    fn name(&self) -> &'static str {
        self.name
    }
}

fn main() {
    vec![1, 2, 3].print_in_option();
    let n = 7;
    match n {
        x @ (1 | 7 | 13) => println!("{x}"),
        _ => {}
    }
    let err: Box<dyn Error> = "oops".into();
    println!("{:?}", first_source(err.as_ref()).is_some());
    let dolly = Sheep { name: "Dolly" };
    println!("{}", dolly.name());
    let apple = Arc::new("the same apple");
    for _ in 0..3 {
        let apple = Arc::clone(&apple);
        thread::spawn(move || println!("{:?}", apple));
    }
}
