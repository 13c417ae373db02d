fn main() {
    let mut ids: Vec<usize> = vec![10, 20];
    let n = ids.len();
    ids.push(n);
    ids.push(ids.len());
    let last = *ids.last().unwrap();
    ids.push(last + 1);
    println!("{:?}", ids);
}
