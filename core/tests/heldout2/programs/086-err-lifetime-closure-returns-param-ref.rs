fn main() {
    let names = vec![String::from("a"), String::from("bb")];
    let pick = |s: &String| -> &str { s.as_str() };
    println!("{}", pick(&names[1]));
}
