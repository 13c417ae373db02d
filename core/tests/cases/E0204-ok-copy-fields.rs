// expect: ok
// Copy fields: numbers, shared references, Options and tuples of Copy
// types, arrays, fn pointers, a parameter a derive bounds by Copy.
use std::marker::PhantomData;

#[derive(Clone, Copy, Debug)]
struct Pixel<'a, T> {
    x: i32,
    y: f64,
    tag: &'a str,
    color: Option<(u8, u8, u8)>,
    bytes: [u8; 4],
    f: fn(i32) -> i32,
    value: T,
    marker: PhantomData<T>,
}

#[derive(Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Move { dx: i32, dy: i32 },
}

struct Wrapper<T>(T);

impl<T: Clone> Clone for Wrapper<T> {
    fn clone(&self) -> Self {
        Wrapper(self.0.clone())
    }
}

impl<T: Copy> Copy for Wrapper<T> {}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let p = Pixel { x: 1, y: 2.0, tag: "a", color: None, bytes: [0; 4], f: double, value: 3u8, marker: PhantomData };
    let q = p;
    println!("{:?} {:?}", p.x, q.value);
    let d = Dir::Move { dx: 1, dy: 0 };
    let e = d;
    println!("{}", d == e);
    let w = Wrapper(1);
    let v = w;
    println!("{}", w.0 + v.0);
}
