// expect: E0507 12:5
// expect: E0507 7:9
struct Foo;
impl Foo {
    fn consume(self) {}
    fn by_ref(&self) {
        self.consume();
    }
}
fn main() {
    let foo = &Foo;
    foo.consume();
}
