// expect: ok
// Copying a field, borrowing one, or moving out of a type without a
// destructor is fine.
struct Guard {
    name: String,
    level: u8,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

struct Plain {
    name: String,
}

fn main() {
    let g = Guard { name: String::from("a"), level: 1 };
    let level = g.level;
    let name = &g.name;
    let Guard { name: ref name2, .. } = g;
    println!("{level} {name} {name2}");
    let p = Plain { name: String::from("b") };
    let Plain { name: moved } = p;
    println!("{moved}");
}
