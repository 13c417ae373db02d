// expect: E0382 6:5
fn main() {
    let s = String::from("bye");
    let consume = move || drop(s);
    consume();
    consume();
}
