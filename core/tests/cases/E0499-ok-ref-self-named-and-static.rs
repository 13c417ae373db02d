// expect: ok
struct Store { items: Vec<String> }
impl Store {
    fn first<'s>(&'s self) -> &'s str {
        &self.items[0]
    }
    fn label(&mut self) -> &'static str {
        self.items.push(String::from("x"));
        "store"
    }
}
fn main() {
    let mut s = Store { items: vec![String::from("a")] };
    let l1 = s.label();
    let l2 = s.label();
    let f = s.first();
    println!("{l1} {l2} {f}");
}
