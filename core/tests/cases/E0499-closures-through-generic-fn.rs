// expect: E0499 10:34
fn to_fn_mut<F: FnMut()>(f: F) -> F {
    f
}

fn main() {
    let mut count = 0;
    let mut inc = to_fn_mut(|| count += 1);
    inc();
    let mut also_inc = to_fn_mut(|| count += 2);
    inc();
    also_inc();
    println!("{count}");
}
