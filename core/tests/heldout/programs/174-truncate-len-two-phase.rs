fn main() {
    let mut s = String::from("hello!!");
    s.truncate(s.len() - 2);
    let mut v = vec![1, 2, 3];
    v.truncate(v.len() - 1);
    println!("{s} {:?}", v);
}
