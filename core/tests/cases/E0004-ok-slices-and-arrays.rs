// expect: ok
fn sum(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [x] => *x,
        [x, y] => x + y,
        [first, .., last] => first + last,
    }
}

fn head(v: &[String]) -> Option<&String> {
    match v {
        [first, ..] => Some(first),
        [] => None,
    }
}

fn corners(a: [i32; 3]) -> i32 {
    match a {
        [x, _, z] => x + z,
    }
}

fn flags(a: [bool; 2]) -> u8 {
    match a {
        [true, true] => 3,
        [true, false] => 2,
        [false, ..] => 0,
    }
}

fn tail(v: &[u8]) -> usize {
    match v {
        [.., 0] => 1,
        [.., _] => 2,
        [] => 0,
    }
}

fn main() {
    let v = vec![1, 2, 3];
    let names = vec![String::from("a")];
    println!("{} {:?} {} {} {}", sum(&v), head(&names), corners([1, 2, 3]), flags([true, false]), tail(&[1, 0]));
}
