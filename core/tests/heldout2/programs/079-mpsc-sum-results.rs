use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u64>();
    let nums: Vec<u64> = (1..=20).collect();
    for chunk in nums.chunks(5) {
        let part = chunk.to_vec();
        let tx = tx.clone();
        thread::spawn(move || {
            tx.send(part.iter().sum()).unwrap();
        });
    }
    drop(tx);
    let total: u64 = rx.iter().sum();
    println!("total {total} from {} numbers", nums.len());
}
