// expect: E0507 8:56
enum MyError {
    NotFound { key: Vec<u8> },
    Other,
}
fn describe(e: &MyError) -> String {
    match e {
        MyError::NotFound { key } => String::from_utf8(*key).unwrap(),
        MyError::Other => String::new(),
    }
}
fn main() {
    println!("{}", describe(&MyError::Other));
}
