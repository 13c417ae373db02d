use std::thread;

fn main() {
    let list = vec![1, 2, 3];
    let first = &list[0];
    let h = thread::spawn(move || list.len());
    println!("{first} {}", h.join().unwrap());
}
