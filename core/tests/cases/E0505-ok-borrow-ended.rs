// expect: ok
fn main() {
    let s = String::from("a");
    let r = &s;
    println!("{r}");
    drop(s);
}
