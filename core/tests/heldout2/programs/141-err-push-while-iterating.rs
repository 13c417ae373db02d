fn main() {
    let mut nums = vec![1, 2, 3];
    for n in &nums {
        if *n % 2 == 1 {
            nums.push(n * 2);
        }
    }
    println!("{:?}", nums);
}
