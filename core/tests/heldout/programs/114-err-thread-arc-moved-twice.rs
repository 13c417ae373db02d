use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let shared = Arc::new(Mutex::new(0));
    let mut hs = Vec::new();
    for _ in 0..3 {
        hs.push(thread::spawn(move || {
            *shared.lock().unwrap() += 1;
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
}
