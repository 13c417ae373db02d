// rustc: E0505
fn consume(s: String) {
    println!("{s}");
}

fn main() {
    let s = String::from("hi");
    let r = &s;
    consume(s);
    println!("{r}");
}
