// expect: ok
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    if let Some((first, rest)) = v.split_first_mut() {
        first.push('!');
        rest[0].push('?');
    }
    if let Some((last, _)) = v.split_last_mut() {
        last.clear();
    }
    println!("{:?}", v);
}
