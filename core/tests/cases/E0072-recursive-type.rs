// expect: E0072 6:1
// expect: E0072 11:1
// expect: E0072 16:1
// A type holding itself by value has no size: directly, through an
// Option, a tuple or another struct (one error for the cycle).
enum List {
    Cons(i32, List),
    Nil,
}

struct Tree {
    value: i32,
    left: Option<Tree>,
}

struct A {
    b: B,
}

struct B {
    a: (i32, A),
}

fn main() {}
