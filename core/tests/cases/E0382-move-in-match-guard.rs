// expect: E0382 8:19
// expect: E0382 16:35
fn take<T>(_: T) -> bool { false }
fn same_consts(n: i32) {
    let x = String::from("a");
    match n {
        1 if take(x) => (),
        2 if take(x) => (),
        _ => (),
    }
}
fn or_pattern(n: Option<i32>) {
    let x = String::from("a");
    // the guard runs once per alternative that matches
    match n {
        Some(1) | Some(2) if take(x) => (),
        _ => (),
    }
}
fn main() {
    same_consts(1);
    or_pattern(None);
}
