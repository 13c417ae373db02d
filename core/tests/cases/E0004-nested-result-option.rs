// expect: E0004 10:11
fn parse(input: &str) -> Result<Option<i32>, String> {
    if input.is_empty() {
        return Ok(None);
    }
    input.parse::<i32>().map(Some).map_err(|e| e.to_string())
}

fn main() {
    match parse("42") {
        Ok(Some(n)) => println!("got {n}"),
        Err(e) => println!("error: {e}"),
    }
}
