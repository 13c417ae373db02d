// expect: E0382 18:11
// expect: E0382 26:5
// Testing a moved value's discriminant, or comparing it with a literal,
// uses it.
struct Ticket(u32);

impl Drop for Ticket {
    fn drop(&mut self) {}
}

enum Shape {
    Dot,
    Line(String),
}

fn variant(s: Shape) {
    drop(s);
    match s {
        Shape::Dot => println!("dot"),
        Shape::Line(_) => println!("line"),
    }
}

fn literal(t: Ticket) {
    drop(t);
    match t {
        Ticket(7) => println!("lucky"),
        _ => println!("other"),
    }
}

fn main() {
    variant(Shape::Dot);
    literal(Ticket(7));
}
