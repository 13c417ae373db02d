use std::thread;

fn main() {
    let name = String::from("worker");
    let h = thread::spawn(|| {
        println!("hello from {name}");
    });
    h.join().unwrap();
}
