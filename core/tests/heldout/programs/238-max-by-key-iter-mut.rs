#[derive(Debug)]
struct Bid {
    amount: u32,
    winner: bool,
}

fn main() {
    let mut bids = vec![Bid { amount: 3, winner: false }, Bid { amount: 7, winner: false }];
    if let Some(best) = bids.iter_mut().max_by_key(|b| b.amount) {
        best.winner = true;
    }
    println!("{:?}", bids);
}
