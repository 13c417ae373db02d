// expect: E0716 9:16
fn longest<'a>(a: &'a String, b: &'a String) -> &'a String {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let base = String::from("abc");
    let mut seen: Vec<&String> = Vec::new();
    seen.push(&base.to_uppercase());
    let l = longest(&base, &*Box::new(String::from("xy")));
    let all = vec![&base, &base.to_lowercase()];
    println!("{:?} {l} {:?}", seen, all);
}
// expect: E0716 10:30
// expect: E0716 11:28
