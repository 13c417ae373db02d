// expect: E0004 3:11
fn bucket(len: usize) -> u32 {
    match len {
        0 => 0,
        1..=9 => 1,
        10..=usize::MAX => 2,
    }
}

fn main() {
    println!("{}", bucket(3));
}
