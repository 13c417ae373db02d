// expect: E0004 11:11
#[derive(Clone, Copy)]
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(u16),
}

fn value(c: Coin) -> u32 {
    match c {
        Coin::Penny | Coin::Nickel => 1,
        Coin::Quarter(year @ 1999..=2008) => year as u32,
        Coin::Quarter(0..=100) => 25,
    }
}

fn main() {
    println!("{}", value(Coin::Dime));
}
