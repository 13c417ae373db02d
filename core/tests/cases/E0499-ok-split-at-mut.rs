// expect: ok
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, b) = v.split_at_mut(2);
    a[0] = b[0];
    b[1] = 9;
    let mut arr = [0u8; 4];
    let (left, right) = arr.split_at_mut(1);
    left[0] = 1;
    right[0] = 2;
    println!("{:?} {:?}", v, arr);
}
