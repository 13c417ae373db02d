fn main() {
    let s = String::from("a");
    let c = || println!("{} {s} {}", s.len(), format!("{}", vec![s.clone()].len()));
    c();
    drop(s);
    c();
}
