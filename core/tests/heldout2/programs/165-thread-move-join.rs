use std::thread;

fn main() {
    let names = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    let mut handles = Vec::new();
    for name in names {
        handles.push(thread::spawn(move || format!("hello {name}")));
    }
    for h in handles {
        println!("{}", h.join().unwrap());
    }
}
