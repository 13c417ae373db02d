// expect: ok
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
    Empty,
}

enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.14 * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Empty => 0.0,
    }
}

fn handle(m: Msg) -> i32 {
    match m {
        Msg::Quit => 0,
        Msg::Move { x: 0, y } => y,
        Msg::Move { x, .. } => x,
        Msg::Write(s) if s.is_empty() => -1,
        Msg::Write(s) => s.len() as i32,
    }
}

fn nested(v: Option<Result<i32, String>>) -> i32 {
    match v {
        None => 0,
        Some(Ok(n)) if n > 0 => n,
        Some(Ok(_)) => 1,
        Some(Err(_)) => -1,
    }
}

fn main() {
    println!("{}", area(&Shape::Rect(1.0, 2.0)));
    println!("{:?}", Shape::Empty);
    println!("{}", handle(Msg::Move { x: 1, y: 2 }));
    println!("{}", handle(Msg::Quit));
    println!("{}", handle(Msg::Write(String::new())));
    println!("{}", nested(Some(Ok(3))));
    let r = Shape::Circle { r: 1.0 };
    if let Shape::Circle { r } = r {
        println!("{r}");
    }
}
