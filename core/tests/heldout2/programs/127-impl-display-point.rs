use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = a;
    let mut path = vec![a, b];
    path.push(Point { x: a.x + 1, ..b });
    for p in &path {
        print!("{p} ");
    }
    println!("{}", a == b);
}
