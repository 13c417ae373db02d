// expect: ok
fn show(v: &Vec<String>) {
    for s in v.into_iter() {
        let t = s;
        println!("{s} {t}");
    }
}
fn main() {
    let v = vec![String::from("a")];
    show(&v);
    let r = &v;
    let first = r.into_iter().next().unwrap();
    let again = first;
    println!("{first} {again}");
}
