// expect: ok
fn main() {
    let mut cache: Option<Vec<i32>> = None;
    let c = cache.get_or_insert_with(Vec::new);
    c.push(1);
    cache.get_or_insert(Vec::new()).push(2);
    let mut o: Option<String> = None;
    let s = o.insert(String::from("a"));
    s.push('b');
    println!("{:?} {:?}", cache, o);
}
