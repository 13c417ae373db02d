// expect: E0502 4:44
fn main() {
    let mut words = vec![String::from("ab"), String::from("c")];
    words.iter().map(|w| w.len()).for_each(|n| words.truncate(n));
    println!("{:?}", words);
}
