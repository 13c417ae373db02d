fn main() {
    let mut total = 0;
    let add = |x: i32| total += x;
    add(5);
    println!("{total}");
}
