#[derive(Debug, Default)]
struct Request {
    url: String,
    headers: Vec<String>,
}

impl Request {
    fn header(&mut self, h: &str) -> &mut Self {
        self.headers.push(h.to_string());
        self
    }
}

fn main() {
    let mut r = Request { url: "/".into(), ..Default::default() };
    r.header("a").header("b");
    println!("{:?}", r);
}
