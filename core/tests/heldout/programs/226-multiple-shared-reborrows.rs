fn main() {
    let mut a = vec![1, 2];
    let x = &mut a;
    let y = &*x;
    let z = &*x;
    println!("{:?} {:?}", y, z);
    x.push(3);
    println!("{:?}", a);
}
