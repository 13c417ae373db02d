// expect: ok
// ToString for a type without Display, Into without the matching From,
// IntoIterator for a type that is no Iterator: std's blanket impls do not
// apply, so these are the only impls.
struct Celsius(f64);

impl ToString for Celsius {
    fn to_string(&self) -> String {
        format!("{}C", self.0)
    }
}

struct Meters(f64);

impl Into<Meters> for Celsius {
    fn into(self) -> Meters {
        Meters(self.0)
    }
}

struct Bag(Vec<u32>);

impl IntoIterator for Bag {
    type Item = u32;
    type IntoIter = std::vec::IntoIter<u32>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

fn main() {
    let m: Meters = Celsius(1.0).into();
    let total: u32 = Bag(vec![1, 2]).into_iter().sum();
    println!("{} {} {}", Celsius(2.0).to_string(), m.0, total);
}
