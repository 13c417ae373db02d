use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut hs = vec![];
    for _ in 0..3 {
        hs.push(thread::spawn(move || {
            *counter.lock().unwrap() += 1;
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
}
