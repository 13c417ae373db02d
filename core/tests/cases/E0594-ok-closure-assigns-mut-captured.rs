// expect: ok
fn main() {
    let mut total = 0;
    let mut names = Vec::new();
    let mut add = |x: i32| {
        total += x;
        names.push(x);
    };
    add(2);
    add(3);
    println!("{total} {}", names.len());
}
