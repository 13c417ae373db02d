fn main() {
    let mut v = vec![String::from("a"), String::from("b"), String::from("c")];
    v.swap(0, 2);
    let first = v[0].clone();
    v[1] = first;
    println!("{:?}", v);
}
