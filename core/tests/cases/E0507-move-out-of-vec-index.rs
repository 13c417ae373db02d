// expect: E0507 8:13
// expect: E0508 10:13
// expect: E0508 12:5
struct Item { name: String }
fn take(a: [Item; 2], i: usize) -> Item {
    let v: Vec<String> = vec![String::from("a")];
    let items = [String::new(), String::new()];
    let s = v[0];
    println!("{s}");
    let t = items[1];
    println!("{t}");
    a[i]
}
fn main() {
    let a = [Item { name: String::new() }, Item { name: String::new() }];
    println!("{}", take(a, 0).name);
}
