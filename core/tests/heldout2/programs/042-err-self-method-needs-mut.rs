struct Counter {
    n: u32,
}

impl Counter {
    fn incr(&self) {
        self.n += 1;
    }
}

fn main() {
    let c = Counter { n: 0 };
    c.incr();
    println!("{}", c.n);
}
