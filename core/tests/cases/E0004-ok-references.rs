// expect: ok
struct Account {
    owner: Option<String>,
    balance: i64,
}

fn owner_len(a: &Account) -> usize {
    match &a.owner {
        Some(name) => name.len(),
        None => 0,
    }
}

fn bump(a: &mut Account) {
    match a.owner {
        Some(ref mut name) => name.push('!'),
        None => a.balance += 1,
    }
}

fn peek(v: &Vec<Option<i32>>) -> i32 {
    match v.first() {
        Some(Some(n)) => *n,
        Some(None) => -1,
        None => 0,
    }
}

fn both(x: &(bool, bool)) -> u8 {
    match x {
        &(true, true) => 3,
        (true, false) => 2,
        (false, _) => 0,
    }
}

fn main() {
    let mut a = Account { owner: Some(String::from("ann")), balance: 0 };
    bump(&mut a);
    println!("{} {} {} {}", owner_len(&a), a.balance, peek(&vec![Some(1)]), both(&(true, false)));
}
