#[derive(Debug, Clone)]
struct Pair<T> {
    left: T,
    right: T,
}

impl<T: PartialOrd + Clone + std::fmt::Debug> Pair<T> {
    fn bigger(&self) -> &T {
        if self.left > self.right { &self.left } else { &self.right }
    }
    fn swap(&mut self) {
        std::mem::swap(&mut self.left, &mut self.right);
    }
}

fn main() {
    let mut p = Pair { left: String::from("pear"), right: String::from("apple") };
    println!("{}", p.bigger());
    p.swap();
    let q = p.clone();
    println!("{:?} {:?}", p, q.bigger());
}
