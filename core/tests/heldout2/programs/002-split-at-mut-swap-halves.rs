fn main() {
    let mut nums = [1, 2, 3, 4, 5, 6];
    let (a, b) = nums.split_at_mut(3);
    for (x, y) in a.iter_mut().zip(b.iter_mut()) {
        std::mem::swap(x, y);
    }
    println!("{:?}", nums);
}
