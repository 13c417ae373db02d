fn max_by<T, F: Fn(&T) -> i64>(items: &[T], key: F) -> Option<&T> {
    let mut best: Option<&T> = None;
    for it in items {
        match best {
            Some(b) if key(b) >= key(it) => {}
            _ => best = Some(it),
        }
    }
    best
}

fn main() {
    let words = vec![String::from("hi"), String::from("hello"), String::from("hey")];
    let longest = max_by(&words, |w| w.len() as i64);
    println!("{:?}", longest);
}
