//! Regression test for https://github.com/rust-lang/rust/issues/14285

trait Foo {
    fn dummy(&self) { }
}

struct A;

impl Voo for A {}

struct B<ga>(&'a (dyn Foo + 'a));

fn foo<'a>(a: &dyn Foo) -> B<'a> {
    B(a)
}

fn main() {
    let _test = foo(&A);
}
