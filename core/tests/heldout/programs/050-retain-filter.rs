fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    let limit = 3;
    v.retain(|&x| x > limit);
    let evens: Vec<&i32> = v.iter().filter(|x| **x % 2 == 0).collect();
    println!("{:?}", evens);
}
