fn parse_all(xs: &[&str]) -> Result<Vec<i32>, String> {
    xs.iter().map(|s| s.parse::<i32>().map_err(|e| format!("{s}: {e}"))).collect()
}

fn main() -> () {
    match parse_all(&["1", "2", "3"]) {
        Ok(v) => println!("sum {}", v.iter().sum::<i32>()),
        Err(e) => println!("{e}"),
    }
    if let Err(e) = parse_all(&["1", "two"]) {
        println!("error: {e}");
    }
}
