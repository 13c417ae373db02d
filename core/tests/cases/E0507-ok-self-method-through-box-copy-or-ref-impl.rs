// expect: ok
#[derive(Clone, Copy)]
struct C;
impl C {
    fn consume(self) {}
}
#[derive(Clone)]
struct Foo;
impl Foo {
    fn consume(self) {}
}
struct Bar;
impl Bar {
    fn consume(self) {}
}
trait Take {
    fn consume(self);
}
impl Take for &Bar {
    fn consume(self) {}
}
fn main() {
    let c = &C;
    c.consume();
    let b = Box::new(Foo);
    b.consume();
    let f = &Foo;
    f.clone().consume();
    let bar = Bar;
    let r = &bar;
    r.consume();
    bar.consume();
}
