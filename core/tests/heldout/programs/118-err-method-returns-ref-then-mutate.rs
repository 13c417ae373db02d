struct Roster {
    names: Vec<String>,
}

impl Roster {
    fn first(&self) -> &String {
        &self.names[0]
    }
}

fn main() {
    let mut r = Roster { names: vec!["x".into()] };
    let f = r.first();
    r.names.clear();
    println!("{f}");
}
