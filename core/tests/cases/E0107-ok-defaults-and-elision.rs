// expect: ok
// Defaults, elided lifetimes, turbofish on calls and variants, bindings of
// associated types, std's hidden parameters (a HashMap's hasher) and
// type aliases with their own parameters.
use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::fmt;
use std::io;
use std::ops::Add;

struct Wrap<'a, T = i32> {
    r: &'a T,
}

struct Ctx<'a> {
    s: &'a str,
}

impl Ctx<'_> {
    fn len(&self) -> usize {
        self.s.len()
    }
}

type Res<T> = Result<T, String>;

trait Tr<X = u8> {
    fn get(&self) -> X;
}

impl Tr for Ctx<'_> {
    fn get(&self) -> u8 {
        0
    }
}

fn first(w: &Wrap) -> i32 {
    *w.r
}

fn count(c: Ctx, m: &HashMap<String, i32, RandomState>) -> usize {
    c.len() + m.len()
}

fn double<T: Add<Output = T> + Copy>(x: T) -> T {
    x + x
}

fn io_ok() -> io::Result<()> {
    Ok(())
}

fn show(f: &mut fmt::Formatter) -> fmt::Result {
    write!(f, "x")
}

fn parse(s: &str) -> Res<i32> {
    s.parse::<i32>().map_err(|e| e.to_string())
}

fn main() {
    let w = Wrap { r: &1 };
    let m: HashMap<String, i32> = HashMap::new();
    let v = vec![1, 2].into_iter().map(|x| x * 2).collect::<Vec<_>>();
    let o = None::<i32>;
    let p = Option::<u8>::Some(1);
    let n = double::<i32>(2);
    let e = Vec::<u8>::with_capacity(1);
    let b: Box<dyn Fn(i32) -> i32> = Box::new(|x| x);
    println!("{} {} {:?} {:?} {:?} {} {:?} {}", first(&w), count(Ctx { s: "a" }, &m), v, o, p, n, e, b(1));
    println!("{:?} {:?} {}", io_ok(), parse("3"), Ctx { s: "" }.get());
    let _ = show;
}
