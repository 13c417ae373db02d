// expect: ok
fn kind(c: char) -> u8 {
    match c {
        '\0'..='\u{D7FF}' => 0,
        '\u{E000}'..=char::MAX => 1,
    }
}

fn command(s: &str) -> u8 {
    match s {
        "start" => 1,
        "stop" => 2,
        _ => 0,
    }
}

fn owned(s: String) -> u8 {
    match s.as_str() {
        "a" | "b" => 1,
        other if other.len() > 3 => 2,
        _ => 3,
    }
}

fn main() {
    println!("{} {} {}", kind('x'), command("stop"), owned(String::from("abcd")));
}
