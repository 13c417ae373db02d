fn biggest<'a>(v: &'a [i32], log: &mut Vec<String>) -> &'a i32 {
    log.push(String::from("called"));
    v.iter().max().unwrap()
}

fn main() {
    let nums = vec![3, 9, 2];
    let mut log = Vec::new();
    let m = biggest(&nums, &mut log);
    log.push(format!("max {m}"));
    println!("{m} {:?}", log);
}
