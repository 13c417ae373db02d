// expect: E0004 3:11
fn check(flags: [bool; 3]) -> u8 {
    match flags {
        [true, _, _] => 1,
        [false, true, _] => 2,
    }
}

fn main() {
    println!("{}", check([false, false, true]));
}
