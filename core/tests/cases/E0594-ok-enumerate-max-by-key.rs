// expect: ok
// enumerate() keeps the item (usize, &mut T); max_by_key/min_by_key/last
// give Option<&mut T>.
struct Seat { num: usize, taken: bool }
fn main() {
    let mut seats = vec![Seat { num: 0, taken: false }, Seat { num: 0, taken: true }];
    for (i, s) in seats.iter_mut().enumerate() {
        s.num = i + 1;
    }
    if let Some(best) = seats.iter_mut().max_by_key(|s| s.num) {
        best.taken = true;
    }
    if let Some(first) = seats.iter_mut().min_by_key(|s| s.num) {
        first.taken = false;
    }
    if let Some(last) = seats.iter_mut().last() {
        last.num = 9;
    }
    if let Some(s) = seats.iter_mut().nth(0) {
        s.num += 1;
    }
    println!("{}", seats.len());
}
