struct Lazy {
    cache: Option<Vec<u64>>,
}

impl Lazy {
    fn primes(&mut self) -> &Vec<u64> {
        self.cache.get_or_insert_with(|| {
            (2..30u64).filter(|n| (2..*n).all(|d| n % d != 0)).collect()
        })
    }
}

fn main() {
    let mut l = Lazy { cache: None };
    let n = l.primes().len();
    let again = l.primes();
    println!("{n} {:?}", again.last());
}
