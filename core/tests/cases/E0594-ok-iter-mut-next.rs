// expect: ok
struct Item { n: i32 }
fn main() {
    let mut v = vec![Item { n: 1 }, Item { n: 2 }];
    let mut it = v.iter_mut();
    if let Some(a) = it.next() {
        a.n = 5;
    }
    let b = it.next().unwrap();
    b.n = 6;
    while let Some(c) = it.next() {
        c.n = 0;
    }
    v.push(Item { n: 3 });
    println!("{}", v.len());
}
