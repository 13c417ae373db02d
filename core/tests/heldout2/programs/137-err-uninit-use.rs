fn main() {
    let total: i32;
    let items = [3, 4, 5];
    for i in items {
        if i > 10 {
            total = i;
        }
    }
    println!("{total}");
}
