// expect: ok
// find() on iter_mut() yields Option<&mut T>.
struct Task { id: u32, done: bool }
fn main() {
    let mut tasks = vec![Task { id: 1, done: false }, Task { id: 2, done: false }];
    if let Some(t) = tasks.iter_mut().find(|t| t.id == 2) {
        t.done = true;
    }
    tasks.push(Task { id: 3, done: false });
    println!("{}", tasks.len());
}
