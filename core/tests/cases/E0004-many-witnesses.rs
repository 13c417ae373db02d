// expect: E0004 13:11
enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn is_weekend(d: Weekday) -> bool {
    match d {
        Weekday::Sat | Weekday::Sun => true,
        Weekday::Mon => false,
    }
}

fn main() {
    println!("{}", is_weekend(Weekday::Tue));
}
