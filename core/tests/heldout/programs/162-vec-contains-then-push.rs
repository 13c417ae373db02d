fn main() {
    let mut seen: Vec<String> = Vec::new();
    for w in "a b a c b".split(' ') {
        if !seen.contains(&w.to_string()) {
            seen.push(w.to_string());
        }
    }
    println!("{:?}", seen);
}
