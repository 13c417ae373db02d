fn main() {
    let report = String::from("quarterly numbers");
    let summary = &report[..9];
    drop(report);
    println!("{summary}");
}
