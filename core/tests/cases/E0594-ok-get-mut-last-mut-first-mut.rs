// expect: ok
struct Item { n: i32 }
fn main() {
    let mut v = vec![Item { n: 1 }, Item { n: 2 }];
    if let Some(x) = v.get_mut(0) {
        x.n = 10;
    }
    if let Some(last) = v.last_mut() {
        last.n += 1;
    }
    if let Some(first) = v.first_mut() {
        first.n = 0;
    }
    let y = v.get_mut(1).unwrap();
    y.n = 7;
    v.push(Item { n: 3 });
    println!("{}", v.len());
}
