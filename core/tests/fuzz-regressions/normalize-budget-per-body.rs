use std::thread;

fn main() {
    let words = vec!["a".to_string(), "bb".to_string()];
    let handles: Vec<_> = words
        .into_iter()
        .map(|w| t%hread::spawn(move || w.len()))
        .collect();
    let lens: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", lens);
}
