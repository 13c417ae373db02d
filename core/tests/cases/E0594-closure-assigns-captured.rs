// expect: E0594 7:9
// The closure captures `total` by unique borrow; rustc reports the
// assignment inside the closure, not the capture.
fn main() {
    let total = 0;
    let mut add = |x: i32| {
        total = total + x;
    };
    add(2);
    println!("{total}");
}
