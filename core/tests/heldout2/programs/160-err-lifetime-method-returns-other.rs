struct Cache<'a> {
    last: &'a str,
}

impl<'a> Cache<'a> {
    fn remember<'b>(&mut self, s: &'b str) -> &'a str {
        s
    }
}

fn main() {
    let mut c = Cache { last: "" };
    println!("{}", c.remember("x"));
}
