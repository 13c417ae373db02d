#[derive(Debug)]
struct Seat {
    num: usize,
    taken: bool,
}

fn main() {
    let mut seats = vec![Seat { num: 0, taken: false }, Seat { num: 0, taken: true }];
    for (i, s) in seats.iter_mut().enumerate() {
        s.num = i + 1;
    }
    println!("{:?}", seats);
}
