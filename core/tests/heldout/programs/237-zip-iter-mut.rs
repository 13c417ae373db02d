fn main() {
    let mut totals = vec![0, 0, 0];
    let add = vec![1, 2, 3];
    for (t, a) in totals.iter_mut().zip(add.iter()) {
        *t += a;
    }
    println!("{:?}", totals);
}
