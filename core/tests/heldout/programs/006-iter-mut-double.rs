fn main() {
    let mut nums = vec![1, 2, 3, 4];
    for n in nums.iter_mut() {
        *n *= 2;
    }
    let total: i32 = nums.iter().sum();
    println!("{total}");
}
