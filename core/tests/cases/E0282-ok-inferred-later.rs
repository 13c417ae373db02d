// Types fixed by a later use, a turbofish, a return type or an argument:
// rustc infers them all, so nothing is reported.
use std::collections::HashMap;

fn takes(v: &Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let mut v = Vec::new();
    let e = vec![];
    takes(&e);
    let mut m = None;
    m = Some(3);
    let f = |a| a + 1;
    f(2);
    let n = "42".parse::<u32>().unwrap();
    let mut counts = HashMap::new();
    *counts.entry("a").or_insert(0) += 1;
    let total: i32 = (1..4).sum();
    v.push(n);
    println!("{:?} {:?} {:?} {}", v, m, counts, total);
}
