// crate: lib
// expect: ok
// A library has no `main`.
pub struct Config {
    pub verbose: bool,
}

pub fn run(c: &Config) -> bool {
    c.verbose
}
