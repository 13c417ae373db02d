// expect: E0515 10:5
// expect: E0515 20:5
// expect: E0515 27:5
// A borrow through a reference points where the reference points, so it
// carries the reference's loans: `&v[0]`, and `ref` bindings of a slice
// pattern (`ref tail @ ..` too) matched behind a `&`.
fn index<'a>() -> &'a isize {
    let vec = vec![1, 2, 3, 4];
    let v: &[isize] = &vec;
    &v[0]
}

fn tail<'a>() -> &'a [isize] {
    let vec = vec![1, 2, 3, 4];
    let vec: &[isize] = &vec;
    let tail = match vec {
        &[_, ref tail @ ..] => tail,
        _ => panic!("short"),
    };
    tail
}

fn first<'a>() -> &'a (isize, isize) {
    let pair = ((1, 2), 3);
    let p = &pair;
    let &(ref x, _) = p;
    x
}

fn main() {
    println!("{} {:?} {:?}", index(), tail(), first());
}
