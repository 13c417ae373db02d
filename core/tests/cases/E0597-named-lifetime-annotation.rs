// expect: E0597 10:21
// expect: E0597 14:28
// expect: E0597 18:26
// expect: E0597 22:33
fn keep<T>(_arg: T) {}
struct Holder<T> { t: T }
struct Pair<T>(T);
fn by_turbofish<'a>(_d: &'a u32) {
    let c = 66;
    keep::<&'a u32>(&c);
}
fn by_struct<'a>(_d: &'a u32) {
    let c = 66;
    Holder::<&'a u32> { t: &c };
}
fn by_tuple_struct() {
    let c = 66;
    Pair::<&'static u32>(&c);
}
fn by_let<'a>(_d: &'a u32) {
    let c = 66;
    let _x: Vec<&'a u32> = vec![&c];
}
fn main() {}
