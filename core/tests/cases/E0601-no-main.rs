// crate: bin
// expect: E0601 11:2
// A binary crate needs a `fn main`; rustc points at the end of the last
// item.
struct Config {
    verbose: bool,
}

fn run(c: &Config) -> bool {
    c.verbose
}
