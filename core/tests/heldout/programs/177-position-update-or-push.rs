struct Tally {
    items: Vec<(String, u32)>,
}

impl Tally {
    fn add(&mut self, name: &str) {
        match self.items.iter().position(|(n, _)| n == name) {
            Some(i) => self.items[i].1 += 1,
            None => self.items.push((name.to_string(), 1)),
        }
    }
}

fn main() {
    let mut t = Tally { items: vec![] };
    t.add("a");
    t.add("b");
    t.add("a");
    println!("{:?}", t.items);
}
