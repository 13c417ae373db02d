// expect: E0502 8:5
fn first_long(words: &mut Vec<String>) -> &String {
    let first = words.first();
    match first {
        Some(w) if w.len() > 3 => return w,
        _ => {}
    }
    words.push(String::from("long enough"));
    words.last().unwrap()
}

fn main() {
    let mut ws = vec![String::from("ab")];
    println!("{}", first_long(&mut ws));
}
