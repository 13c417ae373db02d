// expect: ok
const MAX_LEVEL: u8 = 100;
const ORIGIN: (i32, i32) = (0, 0);

#[derive(PartialEq, Eq)]
enum Mode {
    Fast,
    Slow,
}

const DEFAULT_MODE: Mode = Mode::Fast;

fn level(v: u8) -> u8 {
    match v {
        0..=MAX_LEVEL => 0,
        101..=u8::MAX => 1,
    }
}

fn place(p: (i32, i32)) -> u8 {
    match p {
        ORIGIN => 0,
        (0, _) | (_, 0) => 1,
        _ => 2,
    }
}

fn mode(m: Mode) -> u8 {
    match m {
        DEFAULT_MODE => 0,
        Mode::Slow => 1,
    }
}

fn bits(t: (bool, bool)) -> u8 {
    match t {
        (true, true) | (false, false) => 0,
        (true, false) | (false, true) => 1,
    }
}

fn main() {
    println!("{} {} {} {}", level(50), place((0, 3)), mode(Mode::Slow), bits((true, false)));
}
