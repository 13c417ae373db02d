// expect: E0503 15:11
// expect: E0503 24:5
// expect: E0503 33:12
// expect: E0503 33:22
// Matching reads what a pattern tests: an enum's discriminant (at the
// scrutinee), a value compared with a literal (at the `match`, or at the
// pattern of an `if let`). A mutable borrow still in use conflicts.
enum Light {
    Red,
    Green,
}

fn discriminant(mut light: Light) {
    let r = &mut light;
    match light {
        Light::Red => println!("stop"),
        Light::Green => println!("go"),
    }
    *r = Light::Green;
}

fn literal(mut pair: (u8, u8)) {
    let r = &mut pair.1;
    match pair {
        (_, 0) => println!("zero"),
        _ => println!("other"),
    }
    *r = 1;
}

fn if_let(mut n: Option<u32>) {
    let r = &mut n;
    if let Some(3) = n {
        println!("three");
    }
    *r = None;
}

fn main() {
    discriminant(Light::Red);
    literal((1, 2));
    if_let(Some(3));
}
