struct Account {
    balance: i32,
}

fn transfer(a: &mut Account, b: &mut Account, amt: i32) {
    a.balance -= amt;
    b.balance += amt;
}

fn main() {
    let mut accts = vec![Account { balance: 10 }, Account { balance: 5 }];
    transfer(&mut accts[0], &mut accts[1], 3);
    println!("{}", accts[0].balance);
}
