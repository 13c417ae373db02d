struct Config {
    name: Option<String>,
}

fn main() {
    let c = Config { name: Some(String::from("prod")) };
    let len = c.name.as_ref().map(|s| s.len()).unwrap_or(0);
    println!("{len} {:?}", c.name);
}
