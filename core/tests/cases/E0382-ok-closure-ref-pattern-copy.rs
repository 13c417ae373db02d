// expect: ok
// A closure that only matches its capture against `ref` (shared) patterns
// borrows it shared, so it is Copy; a `mut` closure with `ref mut` works.
enum Shape {
    Point(i32, i32),
}

fn main() {
    let point = Shape::Point(10, -10);
    let c = || {
        let Shape::Point(ref x, _) = point;
        *x
    };
    let a = c;
    let b = c;
    println!("{} {}", a(), b());
    let mut p2 = Shape::Point(1, 2);
    let mut d = || {
        if let Shape::Point(ref mut x, _) = p2 {
            *x += 1;
        }
    };
    d();
    d();
}
