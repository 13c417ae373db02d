fn main() {
    let mut readings = vec![(1, "ok"), (2, "ok"), (3, "fail"), (4, "fail"), (5, "ok")];
    readings.dedup_by_key(|r| r.1);
    let states: Vec<&str> = readings.iter().map(|r| r.1).collect();
    println!("{:?}", states);
    readings.truncate(2);
    println!("{}", readings.len());
}
