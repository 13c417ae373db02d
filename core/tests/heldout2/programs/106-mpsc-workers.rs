use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            for j in 0..2 {
                tx.send(format!("worker {id} job {j}")).unwrap();
            }
        });
    }
    drop(tx);
    let mut msgs: Vec<String> = rx.iter().collect();
    msgs.sort();
    println!("{} messages, first {:?}", msgs.len(), msgs.first());
}
