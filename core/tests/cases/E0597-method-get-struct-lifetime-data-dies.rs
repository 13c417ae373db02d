// expect: E0597 12:31
struct View<'a> { items: &'a [String] }
impl<'a> View<'a> {
    fn get(&self, i: usize) -> &'a String {
        &self.items[i]
    }
}
fn main() {
    let got;
    {
        let data = vec![String::from("p"), String::from("q")];
        let v = View { items: &data };
        got = v.get(1);
    }
    println!("{got}");
}
