// expect: E0004 9:11
struct Point {
    x: i32,
    y: i32,
    visible: bool,
}

fn show(p: Point) -> String {
    match p {
        Point { visible: true, x, y } => format!("({x}, {y})"),
        Point { visible: false, x: 0, .. } => String::from("hidden on the axis"),
    }
}

fn main() {
    println!("{}", show(Point { x: 1, y: 2, visible: true }));
}
