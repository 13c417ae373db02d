use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Wallet {
    coins: u32,
}

fn spend(w: &Rc<RefCell<Wallet>>, n: u32) -> bool {
    let mut wallet = w.borrow_mut();
    if wallet.coins >= n {
        wallet.coins -= n;
        true
    } else {
        false
    }
}

fn main() {
    let shared = Rc::new(RefCell::new(Wallet { coins: 10 }));
    let alice = Rc::clone(&shared);
    let bob = Rc::clone(&shared);
    println!("{} {}", spend(&alice, 4), spend(&bob, 8));
    println!("{:?}", shared.borrow());
}
