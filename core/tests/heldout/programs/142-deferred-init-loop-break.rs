fn main() {
    let nums = [3, 8, 12, 5];
    let found;
    let mut i = 0;
    loop {
        if nums[i] > 10 {
            found = nums[i];
            break;
        }
        i += 1;
    }
    println!("{found}");
}
