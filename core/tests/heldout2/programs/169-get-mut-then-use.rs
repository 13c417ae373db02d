use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<&str, Vec<u32>> = HashMap::new();
    scores.insert("ann", vec![]);
    if let Some(list) = scores.get_mut("ann") {
        list.push(90);
        list.push(75);
    }
    scores.entry("bob").or_default().push(60);
    let avg: HashMap<&str, f64> = scores
        .iter()
        .map(|(k, v)| (*k, v.iter().sum::<u32>() as f64 / v.len().max(1) as f64))
        .collect();
    println!("{:?}", avg.get("ann"));
}
