// expect: ok
// `fn get(&self) -> &'a String`: the result outlives the view itself.
struct View<'a> { items: &'a [String] }
impl<'a> View<'a> {
    fn get(&self, i: usize) -> &'a String {
        &self.items[i]
    }
}
fn main() {
    let data = vec![String::from("p"), String::from("q")];
    let got;
    {
        let v = View { items: &data };
        got = v.get(1);
    }
    println!("{got}");
}
