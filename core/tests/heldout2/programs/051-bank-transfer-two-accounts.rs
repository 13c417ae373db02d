#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
}

fn transfer(from: &mut Account, to: &mut Account, amt: i64) -> Result<(), String> {
    if from.balance < amt {
        return Err(format!("account {} short by {}", from.id, amt - from.balance));
    }
    from.balance -= amt;
    to.balance += amt;
    Ok(())
}

fn main() {
    let mut accounts = vec![Account { id: 1, balance: 50 }, Account { id: 2, balance: 10 }];
    let (a, b) = accounts.split_at_mut(1);
    if let Err(e) = transfer(&mut a[0], &mut b[0], 80) {
        println!("{e}");
    }
    transfer(&mut a[0], &mut b[0], 20).unwrap();
    println!("{:?}", accounts);
}
