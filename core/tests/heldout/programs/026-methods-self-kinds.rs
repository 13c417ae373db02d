#[derive(Debug)]
struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
    fn inc(&mut self) {
        self.n += 1;
    }
    fn finish(self) -> u32 {
        self.n * 100
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.inc();
    c.inc();
    println!("{}", c.get());
    let total = c.finish();
    println!("{total}");
}
