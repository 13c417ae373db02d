// expect: E0107 16:10
// expect: E0107 17:10
// expect: E0107 18:10
// expect: E0107 19:10
// expect: E0107 20:10
// expect: E0107 21:10
// expect: E0107 24:13
// expect: E0107 25:12
// Too many or too few generic arguments on a type, a trait or a call.
struct Pair<T, U = T>(T, U);

struct Holder<'a, 'b>(&'a str, &'b str);

trait Convert<T> {}

fn f1(v: Vec) {}
fn f2(p: Pair<i32, i32, i32>) {}
fn f3(h: Holder<'static>) {}
fn f4(o: Option<i32, i32>) {}
fn f5<C: Convert>(c: C) {}
fn f6(r: Result<i32>) {}

fn main() {
    let p = Pair::<u8, u8, u8>(1, 2);
    let s: String<u8> = String::new();
}
