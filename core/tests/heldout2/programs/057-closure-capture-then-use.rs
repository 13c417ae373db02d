fn main() {
    let mut log: Vec<String> = Vec::new();
    let threshold = 10;
    let values = [4, 12, 7, 30];
    let big: Vec<i32> = values.iter().copied().filter(|&v| v > threshold).collect();
    let mut record = |s: &str| log.push(s.to_string());
    record("start");
    for b in &big {
        record(&b.to_string());
    }
    println!("{:?}", log);
}
