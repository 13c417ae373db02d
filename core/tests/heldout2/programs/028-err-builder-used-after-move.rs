struct Request {
    url: String,
    retries: u32,
}

impl Request {
    fn retries(mut self, n: u32) -> Self {
        self.retries = n;
        self
    }
}

fn main() {
    let req = Request { url: "http://x".into(), retries: 0 };
    let r2 = req.retries(3);
    println!("{} {} {}", req.url, r2.url, r2.retries);
}
