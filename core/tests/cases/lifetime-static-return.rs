// expect: lifetime 2:33
fn f(x: &i32) -> &'static i32 { x }
fn main() {
    println!("{}", f(&1));
}
