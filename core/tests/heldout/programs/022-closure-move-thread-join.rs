use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let handle = thread::spawn(move || {
        let s: i32 = data.iter().sum();
        s
    });
    println!("sum = {}", handle.join().unwrap());
}
