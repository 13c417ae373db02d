struct Appender<'a> {
    out: &'a mut Vec<String>,
}

impl<'a> Appender<'a> {
    fn add(&mut self, s: &str) {
        self.out.push(s.to_string());
    }
}

fn main() {
    let mut log = Vec::new();
    {
        let mut ap = Appender { out: &mut log };
        ap.add("x");
        ap.add("y");
    }
    log.push(String::from("z"));
    println!("{:?}", log);
}
