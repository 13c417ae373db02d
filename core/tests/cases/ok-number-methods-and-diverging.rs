// An integer literal's method is Ord's or the integer's own, never that
// of a trait no integer implements (Iterator has cmp and max too); and a
// closure that only panics returns `()` (rustc's fallback for a diverging
// type), so the spawned thread's result needs no annotation.
use std::cmp::Ordering;
use std::thread;

fn main() {
    assert_eq!(5.cmp(&10), Ordering::Less);
    assert_eq!(1.max(2), 2);
    assert_eq!(2.5f64.max(1.0), 2.5);
    let handle = thread::spawn(move || {
        panic!("the thread fails");
    });
    let _ = handle.join();
}
