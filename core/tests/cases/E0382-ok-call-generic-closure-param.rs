// expect: ok
// An Fn parameter may be called many times, an FnMut one declared `mut`
// too, an FnOnce one once; borrowing a Fn closure while calling it is fine.
fn shared<F: Fn(i32) -> i32>(f: F) -> i32 {
    let r = &f;
    f(1) + f(2) + r(3)
}

fn unique<F>(mut f: F) where F: FnMut() {
    f();
    f();
}

fn once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let mut n = 0;
    println!("{}", shared(|x| x + 1));
    unique(|| n += 1);
    println!("{} {}", once(|| String::from("x")), n);
}
