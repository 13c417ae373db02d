// expect: ok
// Items of an iterator chain the checker cannot type (zip, map) may be
// `&mut`: assigning through them is not reported.
struct P { n: i32 }
fn main() {
    let mut xs = vec![P { n: 1 }, P { n: 2 }];
    let ys = vec![P { n: 3 }, P { n: 4 }];
    for (a, b) in xs.iter_mut().zip(ys.iter()) {
        a.n = b.n;
    }
    for x in xs.iter_mut().map(|x| x) {
        x.n = 0;
    }
    println!("{}", xs[0].n);
}
