// expect: E0621 8:5
// expect: lifetime 11:5
// expect: lifetime 14:5
// expect: lifetime 17:5
struct Ref<'a> { r: &'a u32 }
struct Pair<'a, 'b> { a: &'a u32, b: &'b u32 }
fn push_elided<'a>(x: &mut Vec<Ref<'a>>, y: Ref) {
    x.push(y);
}
fn push_named<'a, 'b>(mut x: Vec<Ref<'a>>, y: Ref<'b>) {
    x.push(y);
}
fn set_field(mut p: Pair, y: &u32) {
    p.b = y;
}
fn swap_fields(p: &mut Pair) {
    p.a = p.b;
}
fn main() {}
