use std::collections::HashMap;

fn main() {
    let log = "GET / 200\nGET /a 404\nPOST /b 200\nGET / 500";
    let mut by_status: HashMap<u16, Vec<&str>> = HashMap::new();
    for line in log.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        let status: u16 = f[2].parse().unwrap();
        by_status.entry(status).and_modify(|v| v.push(f[1])).or_insert_with(|| vec![f[1]]);
    }
    let mut keys: Vec<_> = by_status.keys().copied().collect();
    keys.sort_unstable();
    for k in keys {
        println!("{k}: {:?}", by_status[&k]);
    }
}
