#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
    Tri { base: f64, h: f64 },
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => 3.14 * r * r,
            Shape::Square(s) => s * s,
            Shape::Tri { base, h } => 0.5 * base * h,
        }
    }
    fn grow(&mut self, k: f64) {
        match self {
            Shape::Circle(r) | Shape::Square(r) => *r *= k,
            Shape::Tri { base, h } => {
                *base *= k;
                *h *= k;
            }
        }
    }
}

fn main() {
    let mut shapes = vec![Shape::Circle(1.0), Shape::Tri { base: 2.0, h: 3.0 }];
    shapes.iter_mut().for_each(|s| s.grow(2.0));
    println!("{:?}", shapes.iter().map(Shape::area).collect::<Vec<_>>());
}
