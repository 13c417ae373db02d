// expect: ok
// `&mut self` methods whose result names 'static or another parameter's
// lifetime leave `self` free once they return.
struct Picker { picks: u32, on: bool }
impl Picker {
    fn pick<'a>(&mut self, v: &'a [i32]) -> &'a i32 {
        self.picks += 1;
        &v[v.len() - 1]
    }
    fn toggle(&mut self) -> &'static str {
        self.on = !self.on;
        if self.on { "on" } else { "off" }
    }
}
fn main() {
    let data = vec![4, 5, 6];
    let mut p = Picker { picks: 0, on: false };
    let a = p.pick(&data);
    let b = p.pick(&data[..2]);
    let c = p.toggle();
    let d = p.toggle();
    println!("{a} {b} {c} {d} {}", p.picks);
}
