fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let x = String::from("short");
    let result;
    {
        let y = String::from("much longer");
        result = longest(x.as_str(), y.as_str()).to_string();
    }
    println!("{result}");
}
