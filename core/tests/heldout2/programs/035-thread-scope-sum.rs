use std::thread;

fn main() {
    let data: Vec<u64> = (1..=100).collect();
    let (left, right) = data.split_at(50);
    let mut totals = [0u64; 2];
    thread::scope(|s| {
        let (t0, t1) = totals.split_at_mut(1);
        s.spawn(|| t0[0] = left.iter().sum());
        s.spawn(|| t1[0] = right.iter().sum());
    });
    println!("{} + {} = {}", totals[0], totals[1], totals[0] + totals[1]);
}
