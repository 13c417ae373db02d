// expect: E0415 4:16
// expect: E0415 8:29
// A parameter name used twice in one fn's parameter list.
fn add(x: i32, x: i32) -> i32 {
    x
}

fn pair((a, b): (i32, i32), a: i32) -> i32 {
    b
}

fn main() {}
