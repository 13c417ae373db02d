enum Title {
    Named(String),
    Anonymous,
}

impl Title {
    fn as_str(&self) -> &str {
        match self {
            Title::Named(s) => s,
            Title::Anonymous => "anon",
        }
    }
}

fn main() {
    let ts = [Title::Named("Dr".into()), Title::Anonymous];
    for t in &ts {
        println!("{}", t.as_str());
    }
}
