// expect: ok
struct Point { x: i32, y: i32 }
fn main() {
    let mut p = Point { x: 10, y: 10 };
    let c = || {
        println!("{}", p.x);
    };
    let py = &mut p.y;
    c();
    *py = 20;
}
