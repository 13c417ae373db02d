enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
    }
}

fn main() {
    let s = Shape::Rect { w: 2.0, h: 4.5 };
    match &s {
        Shape::Circle(_) => println!("a circle"),
        Shape::Rect { .. } => println!("a rectangle of area {}", area(&s)),
    }
}
