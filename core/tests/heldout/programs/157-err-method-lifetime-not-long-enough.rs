struct Account {
    owner: String,
}

impl Account {
    fn label<'a>(&self, prefix: &'a str) -> &'a str {
        if prefix.is_empty() { &self.owner } else { prefix }
    }
}

fn main() {
    let a = Account { owner: "z".into() };
    println!("{}", a.label(""));
}
