struct Bank {
    a: i32,
    b: i32,
}

impl Bank {
    fn account(&mut self, first: bool) -> &mut i32 {
        if first { &mut self.a } else { &mut self.b }
    }
}

fn main() {
    let mut bank = Bank { a: 10, b: 0 };
    let x = bank.account(true);
    let y = bank.account(false);
    *x -= 5;
    *y += 5;
    println!("{} {}", bank.a, bank.b);
}
