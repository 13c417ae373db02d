// A type parameter's default applies where a type is written, not in a
// value path: `ControlFlow::Continue(435)` infers both parameters (the
// default `C = ()` would make 435 a mismatch), `W { x: "s" }` infers T.
use std::ops::ControlFlow;
struct W<T = i32> { x: T }
fn main() {
    let c = ControlFlow::Continue(435);
    let d: ControlFlow<i32> = ControlFlow::Continue(());
    let w = W { x: "s" };
    let u: W = W { x: 1 };
    println!("{:?} {:?} {} {}", c.is_continue(), d, w.x, u.x);
    let _ = c.break_value().unwrap_or(1u8);
}
