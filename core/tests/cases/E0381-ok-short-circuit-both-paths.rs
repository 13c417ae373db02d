// expect: ok
fn main() {
    let i: i32;
    if std::env::args().count() > 1 || { false } {
        i = 1;
    } else {
        i = 2;
    }
    let s = String::from("a");
    let b = s.is_empty() && s.len() > 3;
    println!("{} {} {}", i, b, s);
}
