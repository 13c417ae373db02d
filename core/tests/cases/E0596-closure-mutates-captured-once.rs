// expect: E0596 4:29
fn main() {
    let names = Vec::new();
    let mut add = |n: &str| names.push(n.to_string());
    add("a");
    println!("{}", names.len());
}
