use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let hits: Arc<Mutex<HashMap<String, u32>>> = Arc::new(Mutex::new(HashMap::new()));
    let pages = vec!["/", "/about", "/"];
    let handles: Vec<_> = pages
        .into_iter()
        .map(|p| {
            let hits = Arc::clone(&hits);
            thread::spawn(move || {
                *hits.lock().unwrap().entry(p.to_string()).or_insert(0) += 1;
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("{:?}", hits.lock().unwrap().get("/"));
}
