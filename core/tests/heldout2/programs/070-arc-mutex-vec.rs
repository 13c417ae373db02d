use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut hs = vec![];
    for i in 0..4 {
        let results = Arc::clone(&results);
        hs.push(thread::spawn(move || {
            let sq = i * i;
            results.lock().unwrap().push(sq);
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    let mut v = results.lock().unwrap().clone();
    v.sort();
    println!("{:?}", v);
}
