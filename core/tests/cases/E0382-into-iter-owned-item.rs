// expect: E0382 6:20
fn main() {
    let v = vec![String::from("a")];
    for s in v.into_iter() {
        let t = s;
        println!("{s} {t}");
    }
}
