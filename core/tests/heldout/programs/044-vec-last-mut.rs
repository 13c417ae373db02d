fn main() {
    let mut lines: Vec<String> = vec![String::from("one")];
    if let Some(last) = lines.last_mut() {
        last.push_str(" more");
    }
    lines.push(String::from("two"));
    println!("{:?}", lines);
}
