fn main() {
    let mut s = String::from("hello world");
    let len = {
        let word = &s[0..5];
        word.len()
    };
    s.push_str("!");
    println!("{s} {len}");
}
