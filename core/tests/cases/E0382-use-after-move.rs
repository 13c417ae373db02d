// expect: E0382 5:20
fn main() {
    let s = String::from("hi");
    let t = s;
    println!("{}", s);
    println!("{t}");
}
