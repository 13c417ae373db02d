// expect: ok
fn take_two(it: &mut std::slice::IterMut<'_, String>) {
    let a = it.next().unwrap();
    let b = it.next().unwrap();
    a.push_str(b);
}
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let mut it = v.iter_mut();
    take_two(&mut it);
    println!("{:?}", v);
}
