// expect: E0072 7:1
// expect: E0391 7:1
// expect: E0391 7:1
// Beside E0072, rustc reports the cycles of the drop queries of the type:
// "needs drop" for a local holding it, "drop-check constraints" for a fn
// returning it.
enum List {
    Cons(i32, List),
    Nil,
}

use crate::List::{Cons, Nil};

fn empty() -> List {
    todo!()
}

fn main() {
    let list = Cons(1, Cons(2, Nil));
}
