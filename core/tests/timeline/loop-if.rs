fn main() {
    let mut total = 0;
    for i in 0..3 {
        if i > 0 {
            total += i;
        }
    }
    println!("{total}");
}
