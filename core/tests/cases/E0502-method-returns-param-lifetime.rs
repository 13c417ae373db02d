// expect: E0502 13:5
struct Picker { picks: u32 }
impl Picker {
    fn pick<'a>(&mut self, v: &'a [i32]) -> &'a i32 {
        self.picks += 1;
        &v[0]
    }
}
fn main() {
    let mut data = vec![4, 5, 6];
    let mut p = Picker { picks: 0 };
    let a = p.pick(&data);
    data.push(7);
    println!("{a} {}", p.picks);
}
