// expect: E0428 8:1
// expect: E0428 11:1
// expect: E0428 16:1
// expect: E0428 20:5
// One name twice in a namespace of a module: two structs, a tuple struct
// and a fn (both values), two fns in a block.
struct Point;
struct Point;

struct Pair(i32, i32);
fn Pair() {}

enum Shape {
    Circle,
}
mod Shape {}

fn main() {
    fn helper() {}
    fn helper() {}
}
