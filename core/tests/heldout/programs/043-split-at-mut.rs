fn main() {
    let mut arr = [1, 2, 3, 4, 5, 6];
    let (left, right) = arr.split_at_mut(3);
    left[0] = right[0] * 10;
    right[2] += left[1];
    println!("{:?}", arr);
}
