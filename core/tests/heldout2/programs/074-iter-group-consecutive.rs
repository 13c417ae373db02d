fn main() {
    let s = "aaabccdddd";
    let mut groups: Vec<(char, usize)> = Vec::new();
    for c in s.chars() {
        match groups.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => groups.push((c, 1)),
        }
    }
    let encoded: String = groups.iter().map(|(c, n)| format!("{n}{c}")).collect();
    println!("{encoded}");
}
