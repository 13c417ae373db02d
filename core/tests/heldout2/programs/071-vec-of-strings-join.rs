fn main() {
    let mut parts: Vec<String> = Vec::new();
    for i in 0..5 {
        let s = format!("item{}", i);
        parts.push(s);
    }
    let joined = parts.join("-");
    parts.clear();
    parts.push(joined.clone());
    println!("{joined} {}", parts.len());
}
