#[derive(Debug, Default)]
struct Settings {
    volume: u8,
    name: String,
    tags: Vec<String>,
}

fn main() {
    let mut s = Settings::default();
    s.tags.push(String::from("new"));
    let s2 = Settings { volume: 3, ..Default::default() };
    println!("{:?} {:?}", s, s2);
}
