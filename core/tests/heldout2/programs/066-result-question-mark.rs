fn parse_pair(s: &str) -> Result<(i32, i32), String> {
    let mut parts = s.split(',');
    let a = parts.next().ok_or("missing first")?.trim().parse::<i32>().map_err(|e| e.to_string())?;
    let b = parts.next().ok_or("missing second".to_string())?.trim().parse::<i32>().map_err(|e| e.to_string())?;
    Ok((a, b))
}

fn main() {
    for input in ["3, 4", "5", "x,1"] {
        match parse_pair(input) {
            Ok((a, b)) => println!("{a} + {b} = {}", a + b),
            Err(e) => println!("{input:?}: {e}"),
        }
    }
}
