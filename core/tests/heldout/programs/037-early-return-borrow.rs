fn find_long(words: &Vec<String>) -> Option<&String> {
    for w in words {
        if w.len() > 4 {
            return Some(w);
        }
    }
    None
}

fn main() {
    let mut words = vec![String::from("hi"), String::from("hello")];
    if let Some(w) = find_long(&words) {
        println!("found {w}");
    }
    words.push(String::from("more"));
    println!("{}", words.len());
}
