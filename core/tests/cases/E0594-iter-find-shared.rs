// expect: E0594 6:9
struct Task { id: u32, done: bool }
fn main() {
    let mut tasks = vec![Task { id: 1, done: false }];
    if let Some(t) = tasks.iter().find(|t| t.id == 1) {
        t.done = true;
    }
    tasks.push(Task { id: 2, done: false });
    println!("{}", tasks.len());
}
