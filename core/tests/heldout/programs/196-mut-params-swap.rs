fn swap_ends(v: &mut [i32]) {
    let n = v.len();
    if n > 1 {
        let tmp = v[0];
        v[0] = v[n - 1];
        v[n - 1] = tmp;
    }
}

fn main() {
    let mut a = [1, 2, 3];
    swap_ends(&mut a);
    swap_ends(&mut a[..2]);
    println!("{:?}", a);
}
