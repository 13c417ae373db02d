// expect: lifetime 3:5
fn push(x: &mut Vec<&u8>, y: &u8) {
    x.push(y);
}
fn main() {
    let mut v = Vec::new();
    push(&mut v, &1);
}
