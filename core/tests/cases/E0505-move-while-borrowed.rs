// expect: E0505 5:10
fn main() {
    let s = String::from("a");
    let r = &s;
    drop(s);
    println!("{r}");
}
