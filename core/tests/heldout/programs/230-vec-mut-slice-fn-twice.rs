fn zero_neg(xs: &mut [i32]) -> usize {
    let mut n = 0;
    for x in xs.iter_mut() {
        if *x < 0 {
            *x = 0;
            n += 1;
        }
    }
    n
}

fn main() {
    let mut v = vec![-1, 2, -3];
    let a = zero_neg(&mut v);
    let b = zero_neg(&mut v[1..]);
    println!("{a} {b} {:?}", v);
}
