// expect: ok
fn first(v: &Vec<String>) -> &String {
    &v[0]
}
fn main() {
    let v = vec![String::new()];
    println!("{}", first(&v));
}
