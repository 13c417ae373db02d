fn main() {
    let input = "12 7 x 30 -4";
    let mut total = 0;
    let mut bad = Vec::new();
    for tok in input.split_whitespace() {
        match tok.parse::<i32>() {
            Ok(n) => total += n,
            Err(_) => bad.push(tok),
        }
    }
    println!("total = {total}, bad = {:?}", bad);
}
