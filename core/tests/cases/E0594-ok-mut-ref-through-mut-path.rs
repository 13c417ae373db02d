// expect: ok
// Writing through a `&mut` is fine when the path to it is unique: a local
// (declared `mut` or not), a field of a `&mut`, a `Box`.
struct S<'a> {
    pointer: &'a mut isize,
}

fn through_mut(s: &mut S) {
    *s.pointer += 1;
}

fn main() {
    let mut x = 0;
    let r = &mut x;
    *r += 1;
    let s = S { pointer: r };
    *s.pointer += 1;
    let mut b = Box::new(S { pointer: s.pointer });
    *b.pointer += 1;
    through_mut(&mut b);
    let mut v = vec![1, 2];
    for e in v.iter_mut() {
        *e += 1;
    }
    let mut y = 5;
    let rr = &mut &mut y;
    **rr += 1;
    println!("{:?} {}", v, y);
}
