// expect: E0004 18:11
// expect: E0004 22:11
#[derive(PartialEq, Eq)]
enum Unit {
    Metre,
    Foot,
}

#[derive(PartialEq, Eq)]
struct Length(Unit, u32);

impl Length {
    const ZERO: Length = Length(Unit::Metre, 0);
}

fn main() {
    let l = Length(Unit::Foot, 3);
    match l {
        Length::ZERO => println!("nothing"),
        Length(Unit::Metre, n) => println!("{n} m"),
    }
    match Length::ZERO {
        Length::ZERO => println!("zero"),
    }
}
