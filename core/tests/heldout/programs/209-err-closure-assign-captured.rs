fn main() {
    let found = false;
    let mut check = |x: i32| {
        if x > 3 {
            found = true;
        }
    };
    check(5);
    println!("{found}");
}
