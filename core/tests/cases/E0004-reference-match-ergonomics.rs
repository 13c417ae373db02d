// expect: E0004 7:11
struct Config {
    name: Option<String>,
}

fn name_len(c: &Config) -> usize {
    match &c.name {
        Some(n) => n.len(),
    }
}

fn main() {
    let c = Config { name: Some(String::from("x")) };
    println!("{}", name_len(&c));
}
