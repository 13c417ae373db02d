struct Profile {
    name: String,
    visits: u32,
}

impl Profile {
    fn name(&self) -> &str {
        &self.name
    }
    fn visit(&mut self) {
        self.visits += 1;
    }
}

fn main() {
    let mut p = Profile { name: "zed".into(), visits: 0 };
    let n = p.name();
    p.visit();
    println!("{n} visited {}", p.visits);
}
