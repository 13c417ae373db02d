// expect: ok
fn main() {
    let mut v = vec![1, 2, 3];
    println!("{:?} {:?}", v.len(), v.pop());
    println!("{:?} {:?}", v.pop(), v.last());
    let n = v.last().copied();
    println!("{:?} {:?}", n, v.pop());
    println!("{:?}", v.last());
    v.push(4);
}
