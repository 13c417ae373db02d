// expect: E0119 17:1
// expect: E0119 33:1
// expect: E0119 49:1
// expect: E0119 55:1
// Impls that std's blanket impls already cover: ToString for a Display
// type, IntoIterator for an Iterator, Into where From exists, From<T> for T.
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}C", self.0)
    }
}

impl ToString for Celsius {
    fn to_string(&self) -> String {
        format!("{}", self.0)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.0 = self.0.checked_sub(1)?;
        Some(self.0)
    }
}

impl IntoIterator for Countdown {
    type Item = u32;
    type IntoIter = Countdown;
    fn into_iter(self) -> Countdown {
        self
    }
}

struct Meters(f64);

impl From<Celsius> for Meters {
    fn from(c: Celsius) -> Meters {
        Meters(c.0)
    }
}

impl Into<Meters> for Celsius {
    fn into(self) -> Meters {
        Meters(self.0)
    }
}

impl From<Meters> for Meters {
    fn from(m: Meters) -> Meters {
        m
    }
}

fn main() {}
