fn main() {
    let limit = 10;
    let check = move |x: i32| x < limit;
    println!("{} {}", check(3), limit);
}
