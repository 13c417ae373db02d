// expect: ok
fn main() {
    let s = String::from("héllo wörld");
    let n = s.len();
    println!("{s} {n}");
}
