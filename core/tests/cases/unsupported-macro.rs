// expect: ok
// expect: unsupported 8:5
macro_rules! twice { ($e:expr) => { $e; $e } }
fn main() {
    let s = String::from("x");
    let t = s;
    println!("{t}");
    twice!(1);
}
