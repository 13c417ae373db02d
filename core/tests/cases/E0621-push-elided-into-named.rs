// expect: E0621 3:5
fn push<'a>(x: &mut Vec<&'a u8>, y: &u8) {
    x.push(y);
}
fn main() {
    let mut v = Vec::new();
    push(&mut v, &1);
}
