struct Counter {
    counts: std::collections::HashMap<char, u32>,
}

impl Counter {
    fn from_text(t: &str) -> Self {
        let mut counts = std::collections::HashMap::new();
        for c in t.chars().filter(|c| c.is_alphabetic()) {
            *counts.entry(c.to_ascii_lowercase()).or_insert(0) += 1;
        }
        Counter { counts }
    }
    fn top(&self, n: usize) -> Vec<(char, u32)> {
        let mut v: Vec<(char, u32)> = self.counts.iter().map(|(&c, &n)| (c, n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().take(n).collect()
    }
}

fn main() {
    let c = Counter::from_text("Mississippi River");
    println!("{:?}", c.top(3));
}
