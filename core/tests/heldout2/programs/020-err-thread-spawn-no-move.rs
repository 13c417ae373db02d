use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let h = thread::spawn(|| {
        println!("sum {}", data.iter().sum::<i32>());
    });
    h.join().unwrap();
}
