struct Store {
    name: String,
}

impl Store {
    fn tag<'a>(&self, extra: &'a str) -> &str {
        if extra.is_empty() { &self.name } else { "x" }
    }
}

fn main() {
    let t;
    {
        let s = Store { name: "n".into() };
        t = s.tag("");
    }
    println!("{t}");
}
