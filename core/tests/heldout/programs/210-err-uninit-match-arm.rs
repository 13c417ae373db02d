fn main() {
    let code = 2;
    let msg: &str;
    match code {
        1 => msg = "one",
        2 => msg = "two",
        _ => {}
    }
    println!("{msg}");
}
