// expect: E0507 15:10
// expect: E0507 16:14
// expect: E0594 17:5
// expect: E0594 18:5
// expect: E0596 19:14
// A static is one value for the whole program: its value cannot be moved
// out, and an immutable one cannot be assigned or borrowed `&mut`.
struct Foo {
    foo: isize,
}
static BAR: Foo = Foo { foo: 5 };
static N: i32 = 1;
fn take(_f: Foo) {}
fn main() {
    take(BAR);
    let _x = BAR;
    N = 2;
    N += 1;
    let _r = &mut N;
}
