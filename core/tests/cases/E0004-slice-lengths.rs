// expect: E0004 3:11
fn first_two(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [a, b, ..] => a + b,
    }
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", first_two(&v));
}
