// expect: ok
fn main() {
    let novel = String::from("Call me Ishmael. Some years ago");
    let first = novel.split('.').next().unwrap();
    let mut words = novel.split(' ');
    let a = words.next().unwrap();
    let b = words.next().unwrap();
    println!("{first} {a} {b}");
}
