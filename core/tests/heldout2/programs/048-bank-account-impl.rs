struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

impl Account {
    fn new(owner: &str) -> Self {
        Account { owner: owner.to_string(), balance: 0, history: Vec::new() }
    }
    fn owner(&self) -> &str {
        &self.owner
    }
    fn deposit(&mut self, amt: i64) {
        self.balance += amt;
        self.history.push(amt);
    }
    fn withdraw(&mut self, amt: i64) -> Result<i64, String> {
        if amt > self.balance {
            return Err(format!("insufficient funds: {} < {}", self.balance, amt));
        }
        self.balance -= amt;
        self.history.push(-amt);
        Ok(self.balance)
    }
}

fn main() {
    let mut acc = Account::new("ana");
    acc.deposit(100);
    match acc.withdraw(30) {
        Ok(left) => println!("{} has {left}", acc.owner()),
        Err(e) => println!("error: {e}"),
    }
    println!("{:?}", acc.history);
}
