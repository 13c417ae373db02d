// expect: ok
struct Acc { bal: i64, frozen: bool }
fn main() {
    let mut accs = vec![Acc { bal: 1, frozen: false }, Acc { bal: -1, frozen: false }];
    for a in accs.iter_mut().filter(|a| a.bal < 0) {
        a.frozen = true;
    }
    for a in accs.iter_mut().rev().skip(1).take(1) {
        a.bal = 0;
    }
    for (i, a) in accs.iter_mut().enumerate().filter(|(i, _)| *i > 0) {
        a.bal = i as i64;
    }
    if let Some(pos) = accs.iter().position(|a| a.frozen) {
        accs[pos].frozen = false;
    }
    let total: i64 = accs.iter().map(|a| a.bal).sum();
    accs.push(Acc { bal: total, frozen: false });
    println!("{}", accs.len());
}
