// expect: E0502 6:5
fn main() {
    let mut words = vec![String::from("a"), String::from("b")];
    let mut refs: Vec<&String> = Vec::new();
    refs.extend(words.iter());
    words.push(String::from("c"));
    println!("{:?}", refs);
}
