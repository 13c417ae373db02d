// expect: E0716 6:13
struct P { name: String }
fn make() -> P { P { name: String::from("p") } }
fn main() {
    let mut name: &String = &String::new();
    name = &make().name;
    println!("{}", name);
}
