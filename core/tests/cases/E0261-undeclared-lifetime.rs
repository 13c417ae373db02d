// expect: E0261 9:14
// expect: E0261 9:26
// expect: E0261 14:12
// expect: E0261 20:24
// expect: E0261 20:36
// expect: E0261 26:13
// A lifetime used without being declared: in a fn signature, a field, a
// method of an impl that does not declare it, a let annotation.
fn first(x: &'a str) -> &'a str {
    x
}

struct Excerpt {
    part: &'a str,
}

struct Parser;

impl Parser {
    fn rest(&self, s: &'b str) -> &'b str {
        s
    }
}

fn run<'x>(v: &'x str) {
    let w: &'y str = v;
}

fn main() {}
