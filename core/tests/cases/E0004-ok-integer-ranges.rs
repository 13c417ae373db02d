// expect: ok
fn byte_class(b: u8) -> u8 {
    match b {
        0..=31 => 0,
        32..=126 => 1,
        127 => 2,
        128..=255 => 3,
    }
}

fn sign(n: i8) -> i8 {
    match n {
        i8::MIN..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
    }
}

fn size(len: usize) -> u8 {
    match len {
        0 => 0,
        1..=9 => 1,
        10.. => 2,
    }
}

fn offset(d: isize) -> isize {
    match d {
        ..=-1 => -1,
        0 => 0,
        1.. => 1,
    }
}

fn wide(x: u64) -> bool {
    match x {
        0..=u64::MAX => true,
    }
}

fn pair(p: (bool, u8)) -> u8 {
    match p {
        (true, 0..=127) => 1,
        (true, 128..) => 2,
        (false, _) => 3,
    }
}

fn main() {
    println!("{} {} {} {} {} {}", byte_class(65), sign(-5), size(12), offset(-3), wide(7), pair((true, 200)));
}
