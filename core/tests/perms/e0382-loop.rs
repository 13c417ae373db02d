// rustc: E0382
fn take(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3];
    for i in 0..2 {
        println!("{i}: {}", take(v));
    }
}
