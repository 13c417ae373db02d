fn main() {
    let v = vec![3, 4, 5];
    let mut total = 0;
    v.iter().for_each(|x| total += x);
    println!("{total} {:?}", v);
}
