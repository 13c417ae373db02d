// expect: ok
fn push<'a>(x: &mut Vec<&'a u8>, y: &'a u8) {
    x.push(y);
}
fn push2<'a, 'b: 'a>(x: &mut Vec<&'a u8>, y: &'b u8) {
    x.push(y);
}
fn main() {
    let mut v = Vec::new();
    push(&mut v, &1);
    push2(&mut v, &2);
}
