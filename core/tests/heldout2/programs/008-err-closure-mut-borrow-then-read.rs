fn main() {
    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(5);
    println!("so far {total}");
    add(10);
}
