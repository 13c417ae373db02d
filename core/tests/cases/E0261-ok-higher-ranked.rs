// Lifetimes bound by for<...> in every place Rust allows a binder: a
// where clause, a bound, a fn pointer type, impl Trait, dyn Trait.
fn call<F>(f: F) where for<'a> F: Fn(&'a str) -> &'a str { f("x"); }
fn call2<F: for<'b> Fn(&'b u8) -> &'b u8>(f: F) { f(&1); }
fn ptr(f: for<'c> fn(&'c u8) -> &'c u8) -> u8 { *f(&2) }
fn imp(f: impl for<'d> Fn(&'d i32) -> &'d i32) { f(&3); }
fn dy(f: &dyn for<'e> Fn(&'e i32) -> &'e i32) { f(&3); }
struct S { f: Box<dyn for<'g> Fn(&'g str) -> &'g str> }
type T = for<'h> fn(&'h str);
trait Tr { fn m(&self) where for<'i> Self: Fn(&'i u8); }
fn id(x: &u8) -> &u8 { x }
fn main() {
    call(|s| s);
    call2(|b| b);
    ptr(id);
    imp(|x| x);
    dy(&|x| x);
    let _s = S { f: Box::new(|s| s) };
}
