fn main() {
    let mut buf = String::new();
    let mut n = 3;
    while n > 0 {
        let part = n.to_string();
        buf.push_str(&part);
        n -= 1;
    }
    let view = buf.as_str();
    println!("{view}");
}
