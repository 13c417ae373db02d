fn parse_sum(a: &str, b: &str) -> Result<i32, std::num::ParseIntError> {
    let x: i32 = a.trim().parse()?;
    let y: i32 = b.trim().parse()?;
    Ok(x + y)
}

fn main() {
    match parse_sum("4", " 5 ") {
        Ok(n) => println!("{n}"),
        Err(e) => println!("error: {e}"),
    }
}
