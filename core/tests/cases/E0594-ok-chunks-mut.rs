// expect: ok
// chunks_mut() yields &mut [T].
fn main() {
    let mut data = [1, 2, 3, 4, 5];
    for chunk in data.chunks_mut(2) {
        chunk[0] = 0;
    }
    let mut v = vec![1, 2, 3, 4];
    for c in v.chunks_exact_mut(2) {
        c[1] = c[0];
    }
    println!("{:?} {:?}", data, v);
}
