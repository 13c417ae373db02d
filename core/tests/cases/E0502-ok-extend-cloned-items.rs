// expect: ok
fn main() {
    let mut names = vec![String::from("a")];
    let mut all: Vec<String> = Vec::new();
    all.extend(names.iter().cloned());
    names.push(String::from("b"));
    all.extend_from_slice(&names);
    names.clear();
    all.push(names.len().to_string());
    println!("{:?} {:?}", all, names);
}
