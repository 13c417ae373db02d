// expect: ok
fn main() {
    let name = String::from("x");
    let show = || println!("{name}");
    let a = show;
    let b = show;
    a();
    b();
    let mut n = 0;
    let mut inc = || n += 1;
    inc();
    inc();
    let boxed: Box<_> = Box::new(5);
    println!("{} {}", boxed, n);
}
