// expect: ok
// Reading a static, borrowing it, copying a Copy one or matching parts of
// it is fine, and a const is a fresh value at each use.
#[derive(Debug, Clone, PartialEq)]
struct Foo {
    foo: isize,
}
static BAR: Foo = Foo { foo: 5 };
static S: &str = "hi";
const C: Foo = Foo { foo: 1 };
fn take(_f: Foo) {}
fn keep() -> &'static Foo {
    &BAR
}
fn main() {
    let _ = BAR;
    match BAR {
        Foo { foo } => println!("{}", foo),
    }
    let _c = BAR.clone();
    println!("{:?} {} {}", BAR, BAR.foo, BAR == C);
    take(C);
    let s = S;
    let r = &BAR;
    let long;
    {
        long = &BAR;
    }
    let f = BAR.foo;
    let cl = || BAR.foo;
    println!("{} {:?} {} {} {:?} {:?}", s, r, f, cl(), keep(), long);
    let BAR2 = Foo { foo: 2 };
    take(BAR2);
}
