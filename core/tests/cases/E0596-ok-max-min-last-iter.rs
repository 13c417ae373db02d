// expect: ok
fn main() {
    let mut names = vec![String::from("bob"), String::from("al")];
    let longest = names.iter().max_by_key(|s| s.len()).unwrap().clone();
    let shortest = names.iter().min_by_key(|s| s.len()).cloned();
    let last = names.iter().last().cloned();
    if let Some(m) = names.iter_mut().max() {
        m.push('!');
    }
    names.push(longest);
    println!("{:?} {:?} {:?}", shortest, last, names);
}
