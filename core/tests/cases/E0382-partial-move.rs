// expect: E0382 7:16
fn main() {
    let s = Some(String::from("x"));
    if let Some(inner) = s {
        println!("{inner}");
    }
    println!("{s:?}");
}
