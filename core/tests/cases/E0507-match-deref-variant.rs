// expect: E0507 4:11
// expect: E0507 8:18
fn show(r: &Result<u32, String>) {
    match *r {
        Ok(n) => println!("{n}"),
        Err(msg) => println!("{msg}"),
    }
    let (a, b) = *pair();
    println!("{a} {b}");
}
fn pair() -> &'static (String, i32) { todo!() }
fn main() {
    show(&Ok(1));
}
