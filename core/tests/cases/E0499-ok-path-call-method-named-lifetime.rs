// expect: ok
struct Picker { picks: u32 }
impl Picker {
    fn pick<'a>(&mut self, v: &'a [i32]) -> &'a i32 {
        self.picks += 1;
        &v[0]
    }
    fn name(&self) -> &str {
        "p"
    }
}
fn main() {
    let data = vec![1, 2];
    let mut p = Picker { picks: 0 };
    let a = Picker::pick(&mut p, &data);
    let b = Picker::pick(&mut p, &data);
    let n = Picker::name(&p);
    println!("{a} {b} {n}");
}
