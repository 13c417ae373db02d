fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {
    let n: i32 = s.trim().parse()?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", parse(" 21 "));
    println!("{:?}", parse("x"));
    let r: Result<i32, String> = Err(String::from("boom"));
    r.expect("it failed");
}
