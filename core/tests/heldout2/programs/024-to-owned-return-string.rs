fn initials(full: &str) -> String {
    full.split_whitespace().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect()
}

fn greet(name: &str) -> String {
    let mut s = "Hello, ".to_owned();
    s.push_str(name);
    s
}

fn main() {
    let people = vec![String::from("ada lovelace"), String::from("alan turing")];
    for p in people.iter() {
        println!("{} {}", greet(p), initials(p));
    }
    println!("{}", people.len());
}
