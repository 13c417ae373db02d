// expect: ok
struct P { name: String }
fn make() -> P { P { name: String::from("p") } }
fn main() {
    let s = String::from("hello");
    let mut part = "";
    part = &s.as_str()[..2];
    let mut n = 0;
    n = make().name.len();
    let mut a: &[i32] = &[];
    a = &[1, 2, 3][..2];
    let p = P { name: String::from("q") };
    let r: &String;
    r = &p.name;
    println!("{} {} {:?} {}", part, n, a, r);
}
