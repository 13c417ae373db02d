// expect: ok
fn take<T>(_: T) -> bool { false }
fn main() {
    let x = String::from("a");
    let n = std::env::args().count();
    match n {
        1 if x.is_empty() => (),
        2 => drop(x),
        _ => (),
    }
    let y = String::from("b");
    match n {
        1 => (),
        2 if take(y) => (),
        _ => (),
    }
}
