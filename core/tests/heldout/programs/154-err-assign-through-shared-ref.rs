struct Point {
    x: i32,
}

fn reset(p: &Point) {
    p.x = 0;
}

fn main() {
    let p = Point { x: 3 };
    reset(&p);
    println!("{}", p.x);
}
