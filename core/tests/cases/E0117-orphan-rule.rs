// expect: E0117 9:1
// expect: E0117 15:1
// expect: E0117 21:1
// expect: E0120 21:15
// A std trait for a type that is not ours: a Vec of i32, a primitive, a
// tuple. Drop for a non-ADT is E0120 as well.
use std::fmt;

impl fmt::Display for Vec<i32> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.len())
    }
}

impl Default for (u8, u8) {
    fn default() -> Self {
        (0, 0)
    }
}

impl Drop for u32 {}

fn main() {}
