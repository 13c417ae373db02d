// expect: E0403 7:16
// expect: E0403 9:19
// expect: E0403 14:12
// expect: E0262 17:12
// A generic parameter named twice in one list, or a method's named like
// its impl's; 'static is not a parameter name (E0262).
struct Pair<T, T>(T);

struct Holder<'a, 'a>(&'a str);

struct Wrapper<T>(T);

impl<T> Wrapper<T> {
    fn map<T>(self, f: T) {}
}

fn longest<'static>(x: &'static str) -> &'static str {
    x
}

fn main() {}
