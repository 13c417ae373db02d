#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f32,
    y: f32,
}

fn len(v: Vec2) -> f32 {
    (v.x * v.x + v.y * v.y).sqrt()
}

fn main() {
    let a = Vec2 { x: 3.0, y: 4.0 };
    let b = a;
    println!("{} {:?} {}", len(a), b, a == b);
}
