// expect: E0382 8:5
// expect: E0596 12:5
// expect: E0382 17:5
// Calling a parameter `f: F` borrows or moves it as F's bound says:
// FnMut is `&mut f`, Fn is `&f`, FnOnce moves it.
fn moved_then_called<F: FnMut(bool)>(mut f: F) {
    let _b = Box::new(f);
    f(false);
}

fn not_mut<F>(f: F) where F: FnMut() {
    f();
}

fn twice<F: FnOnce() -> i32>(f: F) -> i32 {
    f();
    f()
}

fn main() {
    moved_then_called(|_| {});
    not_mut(|| {});
    twice(|| 1);
}
