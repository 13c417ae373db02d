// expect: E0382 11:13
// expect: E0382 15:5
struct Token;
impl Token {
    fn spend(self) {}
}
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    let a = inc;
    let b = inc;
    let _ = (a, b);
    let t = Token;
    t.spend();
    t.spend();
}
