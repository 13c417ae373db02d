fn main() {
    let s = String::new();
    let mut add = || s.push('a');
    add();
    println!("{s}");
}
