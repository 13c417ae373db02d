// expect: E0005 4:40
fn main() {
    let pairs = vec![(1, Some(2)), (3, None)];
    let total: i32 = pairs.iter().map(|&(a, Some(b))| a + b).sum();
    println!("{total}");
}
