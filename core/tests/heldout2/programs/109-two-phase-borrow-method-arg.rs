struct Tally {
    items: Vec<usize>,
}

impl Tally {
    fn count(&self) -> usize {
        self.items.len()
    }
    fn add(&mut self, n: usize) {
        self.items.push(n);
    }
}

fn main() {
    let mut t = Tally { items: vec![] };
    t.add(t.count());
    t.add(t.count() + 10);
    t.items.push(t.items.len());
    println!("{:?}", t.items);
}
