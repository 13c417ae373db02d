// expect: E0382 6:17
fn consume(v: Vec<i32>) -> usize { v.len() }
fn main() {
    let v = vec![1, 2, 3];
    for _ in 0..2 {
        consume(v);
    }
}
