use std::thread;

fn main() {
    let mut data = vec![1, 2, 3];
    let total = thread::scope(|s| {
        let h = s.spawn(|| data.iter().sum::<i32>());
        h.join().unwrap()
    });
    data.push(total);
    println!("{:?}", data);
}
