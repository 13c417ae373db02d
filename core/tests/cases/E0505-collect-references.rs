fn parts(csv: bool) -> Vec<&'static str> {
    let text = String::from("a, b");
    if csv {
        return text.split(',').map(|w| w.trim()).collect();
    }
    Vec::new()
}

fn main() {
    let text = String::from("x y z");
    let words = text.split_whitespace().collect::<Vec<&str>>();
    drop(text);
    let lines: Vec<&str>;
    lines = String::from("p\nq").lines().collect();
    println!("{:?} {:?} {:?}", words, lines, parts(true));
}
// expect: E0515 4:16
// expect: E0505 12:10
// expect: E0716 14:13
