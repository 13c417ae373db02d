// rustc: ok
struct Point {
    x: i32,
    y: i32,
}

fn bump(p: &mut Point) {
    p.x += 1;
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let rx = &p.x;
    println!("{rx}");
    bump(&mut p);
    let name = String::from("p");
    let moved = name;
    println!("{} {} {moved}", p.x, p.y);
}
