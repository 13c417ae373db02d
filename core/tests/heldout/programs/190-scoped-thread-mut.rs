use std::thread;

fn main() {
    let mut results = Vec::new();
    let input = vec![1, 2, 3];
    thread::scope(|s| {
        s.spawn(|| {
            for x in &input {
                results.push(x * x);
            }
        });
    });
    println!("{:?} {:?}", input, results);
}
