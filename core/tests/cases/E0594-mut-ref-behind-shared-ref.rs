// expect: E0594 12:5
// expect: E0594 13:5
// expect: E0596 14:14
// expect: E0594 22:5
// A `&mut` reached through a `&` cannot be written through: the `&`
// makes the whole path shared, whatever the inner reference says.
struct S<'a> {
    pointer: &'a mut isize,
}

fn through_shared(s: &S) {
    *s.pointer += 1;
    *s.pointer = 2;
    let _r = &mut *s.pointer;
}

fn through_mut(s: &mut S) {
    *s.pointer += 1;
}

fn through_both(s: &&mut S) {
    *s.pointer += 1;
}

fn main() {
    let mut x = 0;
    let mut s = S { pointer: &mut x };
    through_mut(&mut s);
    through_shared(&s);
    through_both(&&mut s);
}
