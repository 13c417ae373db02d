// expect: ok
struct Item { name: String }
fn main() {
    let v: Vec<String> = vec![String::from("a")];
    let n: Vec<i32> = vec![1, 2];
    let items = [Item { name: String::new() }];
    let first = &v[0];
    let copy = n[1];
    let owned = v[0].clone();
    let len = v[0].len();
    let name = &items[0].name;
    match v[0].as_str() {
        "a" => println!("a"),
        _ => {}
    }
    if let Some(s) = v.get(0) {
        println!("{s}");
    }
    println!("{first} {copy} {owned} {len} {name}");
}
