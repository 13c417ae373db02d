fn main() {
    let txns = vec![("deposit", 100), ("withdraw", 30), ("deposit", 15), ("withdraw", 50)];
    let balance = txns.iter().fold(0i64, |acc, (kind, amt)| match *kind {
        "deposit" => acc + amt,
        "withdraw" => acc - amt,
        _ => acc,
    });
    let biggest = txns.iter().map(|&(_, a)| a).max().unwrap_or(0);
    println!("balance {balance}, biggest {biggest}");
}
