fn main() {
    let temps = vec![21.5, 19.0, 25.25, 23.0, 18.75];
    let max = temps.iter().cloned().fold(f64::MIN, f64::max);
    let avg = temps.iter().sum::<f64>() / temps.len() as f64;
    let warm: Vec<_> = temps.iter().filter(|&&t| t > 20.0).collect();
    let diffs: Vec<f64> = temps.windows(2).map(|w| w[1] - w[0]).collect();
    println!("max {max} avg {avg:.2} warm {:?} diffs {:?}", warm, diffs);
}
