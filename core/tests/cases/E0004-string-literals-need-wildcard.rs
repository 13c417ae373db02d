// expect: E0004 3:11
fn command(input: &str) -> u8 {
    match input {
        "start" => 1,
        "stop" => 2,
    }
}

fn main() {
    let owned = String::from("stop");
    println!("{}", command(&owned));
}
