// expect: ok
fn main() {
    let x = String::from("a");
    let c = || x.len();
    let d = || { x.clone() };
    println!("{} {}", c(), d());
    let n = 3;
    let e = || n;
    let y = x;
    println!("{} {} {}", e(), n, y);
}
