fn main() {
    let text = "hello rustaceans";
    let mut freq = [0usize; 26];
    for b in text.bytes() {
        if b.is_ascii_lowercase() {
            freq[(b - b'a') as usize] += 1;
        }
    }
    let best = freq.iter().enumerate().max_by_key(|&(_, c)| *c).unwrap();
    println!("most common: {} x{}", (b'a' + best.0 as u8) as char, best.1);
}
