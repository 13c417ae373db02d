// expect: ok
struct Slice<'a> { data: &'a [i32] }
impl<'a> Slice<'a> {
    fn head(&self) -> Slice<'a> {
        Slice { data: &self.data[..1] }
    }
    fn get(&mut self) -> Option<&'a i32> {
        let f = self.data.first();
        self.data = &self.data[1..];
        f
    }
}
fn main() {
    let v = vec![1, 2, 3];
    let h;
    {
        let mut s = Slice { data: &v };
        h = s.head();
        let a = s.get();
        let b = s.get();
        println!("{:?} {:?}", a, b);
    }
    println!("{}", h.data.len());
}
