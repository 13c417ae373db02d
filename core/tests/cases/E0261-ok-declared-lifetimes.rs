// expect: ok
// Declared by the item, by its impl, by a `for<'a>` binder (written in a
// where clause, a bound, an `impl Trait` argument or a fn pointer), or
// 'static and '_.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }
    fn longer<'b>(&self, other: &'b str) -> &'b str where 'a: 'b {
        if other.len() > self.part.len() { other } else { self.part }
    }
}

fn apply<F>(f: F) -> usize where for<'x> F: Fn(&'x str) -> &'x str {
    f("abc").len()
}

fn call(f: impl for<'y> Fn(&'y str) -> &'y str) -> usize {
    f("de").len()
}

fn ptr(f: for<'z> fn(&'z str) -> &'z str) -> usize {
    f("x").len()
}

fn id(s: &str) -> &str {
    s
}

static NAME: &'static str = "n";

fn show(e: &Excerpt<'_>) -> usize {
    let s: &'static str = NAME;
    e.part.len() + s.len()
}

fn main() {
    let e = Excerpt { part: "hello" };
    println!("{} {} {} {} {} {}", e.part(), e.longer("hi"), apply(id), call(id), ptr(id), show(&e));
}
