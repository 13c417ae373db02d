// expect: E0124 7:5
// expect: E0124 11:21
// A field declared twice, in a struct and in an enum variant.
struct User {
    name: String,
    age: u32,
    name: String,
}

enum Event {
    Click { x: i32, x: i32 },
}

fn main() {}
