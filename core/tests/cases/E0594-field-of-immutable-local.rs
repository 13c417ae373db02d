// expect: E0594 5:5
struct P { n: i32 }
fn main() {
    let p = P { n: 1 };
    p.n = 2;
    println!("{}", p.n);
}
