#[derive(Debug)]
struct Acct {
    bal: i64,
}

fn main() {
    let mut accts = vec![Acct { bal: -5 }, Acct { bal: 10 }];
    for a in accts.iter_mut().filter(|a| a.bal < 0) {
        a.bal = 0;
    }
    println!("{:?}", accts);
}
