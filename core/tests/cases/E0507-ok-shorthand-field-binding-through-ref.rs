// expect: ok
enum MyError {
    NotFound { key: Vec<u8> },
    Other,
}
struct Point { x: i32, name: String }
fn describe(e: &MyError) -> String {
    match e {
        MyError::NotFound { key } => String::from_utf8(key.clone()).unwrap(),
        MyError::Other => String::new(),
    }
}
fn main() {
    let e = MyError::NotFound { key: vec![104, 105] };
    let n = match &e {
        MyError::NotFound { key } => key.len(),
        MyError::Other => 0,
    };
    let p = Point { x: 1, name: String::from("p") };
    let Point { x, name } = &p;
    println!("{} {} {} {} {}", describe(&e), n, x, name, p.name);
}
