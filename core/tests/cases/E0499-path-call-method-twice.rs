// expect: E0499 11:23
struct Buf { v: Vec<i32> }
impl Buf {
    fn slot(&mut self) -> &mut i32 {
        &mut self.v[0]
    }
}
fn main() {
    let mut b = Buf { v: vec![1] };
    let x = Buf::slot(&mut b);
    let y = Buf::slot(&mut b);
    *x += 1;
    *y += 1;
}
