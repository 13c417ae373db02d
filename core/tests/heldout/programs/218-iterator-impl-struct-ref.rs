struct Words<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let t = self.rest.trim_start();
        if t.is_empty() {
            return None;
        }
        let end = t.find(' ').unwrap_or(t.len());
        self.rest = &t[end..];
        Some(&t[..end])
    }
}

fn main() {
    let s = String::from("one two three");
    let mut w = Words { rest: &s };
    let first = w.next();
    let others: Vec<&str> = w.collect();
    println!("{:?} {:?}", first, others);
}
