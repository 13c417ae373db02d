// expect: ok
struct P { name: String }
fn take(p: &P) -> String {
    p.name.clone()
}
fn main() {
    let p = P { name: String::new() };
    take(&p);
}
