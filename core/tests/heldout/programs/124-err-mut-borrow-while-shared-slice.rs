fn main() {
    let mut arr = [1, 2, 3];
    let s = &arr[..];
    arr[0] = 9;
    println!("{:?}", s);
}
