struct Registry {
    name: String,
}

impl Registry {
    fn label(&self, other: &Registry) -> &str {
        if other.name.is_empty() { "?" } else { &self.name }
    }
}

fn main() {
    let main_reg = Registry { name: "main".into() };
    let l;
    {
        let tmp = Registry { name: "tmp".into() };
        l = main_reg.label(&tmp);
    }
    println!("{l}");
}
