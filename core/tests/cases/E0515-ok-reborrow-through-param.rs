// expect: ok
// Borrows through a parameter's reference may be returned: they point
// into the caller's data. A slice pattern's `ref` bindings too, and
// reborrows used while the original borrow is still live are fine.
fn index(v: &[isize]) -> &isize {
    &v[0]
}

fn tail(v: &[isize]) -> &[isize] {
    match v {
        &[_, ref tail @ ..] => tail,
        _ => &[],
    }
}

fn main() {
    let mut data = vec![1, 2, 3];
    let r = &data;
    let x = &r[1];
    println!("{} {} {:?}", x, index(r), tail(r));
    let m = &mut data;
    let y = &mut m[0];
    *y += 1;
    m.push(4);
    println!("{:?}", data);
}
