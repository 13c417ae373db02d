// expect: E0509 18:30
// expect: E0509 23:13
// A type with a destructor must stay whole until it is dropped: moving a
// field out of it, by a pattern or by a field expression, is refused.
struct Guard {
    name: String,
    level: u8,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("releasing {}", self.name);
    }
}

fn by_pattern() {
    let g = Guard { name: String::from("a"), level: 1 };
    let Guard { name, .. } = g;
    println!("{name}");
}

fn by_field(g: Guard) -> String {
    let n = g.name;
    n
}

fn main() {
    by_pattern();
    by_field(Guard { name: String::new(), level: 0 });
}
