// expect: ok
struct S { name: Option<String> }
fn main() {
    let mut s = S { name: Some(String::from("a")) };
    if let Some(ref mut n) = s.name {
        n.push('b');
    }
    if let Some(n) = &mut s.name {
        n.push('c');
    }
    match s.name.as_mut() {
        Some(n) => n.push('d'),
        None => {}
    }
    println!("{:?}", s.name);
}
