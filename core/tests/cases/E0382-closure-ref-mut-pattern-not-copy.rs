// expect: E0382 18:13
// expect: E0596 26:5
// A closure that matches a capture against a `ref mut` pattern borrows it
// mutably: the closure is unique (not Copy) and must be `mut` to call.
enum Shape {
    Point(i32, i32),
    Meta(i32),
}

fn main() {
    let mut point = Shape::Point(10, -10);
    let c = || {
        if let Shape::Point(ref mut x, _) = point {
            *x += 1;
        }
    };
    let a = c;
    let b = c;
    drop(a);
    drop(b);
    let mut meta = Shape::Meta(1);
    let d = || match meta {
        Shape::Meta(ref mut v) => *v += 1,
        _ => {}
    };
    d();
}
