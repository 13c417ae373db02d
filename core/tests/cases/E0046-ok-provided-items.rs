// expect: ok
// Only the required items: Iterator's other methods, Display's whole
// list, PartialOrd's comparisons and a local trait's defaults are provided.
use std::cmp::Ordering;
use std::fmt;

trait Greet {
    fn name(&self) -> String;
    fn greet(&self) -> String {
        format!("hello {}", self.name())
    }
    const TIMES: u32 = 1;
}

struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.n += 1;
        Some(self.n)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }
}

impl fmt::Display for Counter {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.n)
    }
}

impl PartialEq for Counter {
    fn eq(&self, other: &Self) -> bool {
        self.n == other.n
    }
}

impl PartialOrd for Counter {
    fn partial_cmp(&self, other: &Counter) -> Option<Ordering> {
        self.n.partial_cmp(&other.n)
    }
}

impl Greet for Counter {
    fn name(&self) -> String {
        self.n.to_string()
    }
}

fn main() {
    let c = Counter { n: 0 };
    println!("{} {}", c, c.greet());
}
