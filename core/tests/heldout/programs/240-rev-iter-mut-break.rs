fn main() {
    let mut v = vec![1, 2, 3, 4];
    for x in v.iter_mut().rev() {
        if *x < 3 {
            break;
        }
        *x = -*x;
    }
    v.push(5);
    println!("{:?}", v);
}
