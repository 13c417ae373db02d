struct Config {
    name: String,
}

impl Config {
    fn into_name(&self) -> String {
        self.name
    }
}

fn main() {
    let c = Config { name: "x".into() };
    println!("{}", c.into_name());
}
