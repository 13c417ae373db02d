// expect: E0507 4:5
struct P { name: String }
fn take(p: &P) -> String {
    p.name
}
fn main() {
    let p = P { name: String::new() };
    take(&p);
}
