fn total(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn main() {
    let arr = [1, 2, 3, 4, 5];
    let v = vec![9, 9];
    println!("{} {} {}", total(&arr[1..3]), total(&v), total(&arr));
}
