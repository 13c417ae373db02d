// expect: E0046 13:1
// expect: E0046 15:1
// expect: E0046 17:1
// expect: E0407 18:5
// std's traits: `fmt` of Display, `Item` and `next` of Iterator, `from`
// of From (the order is the trait's).
use std::fmt;

struct Counter {
    n: u32,
}

impl fmt::Display for Counter {}

impl Iterator for Counter {}

impl From<u32> for Counter {
    fn into(self) {}
}

fn main() {}
