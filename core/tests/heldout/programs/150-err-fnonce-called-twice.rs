fn main() {
    let s = String::from("once");
    let f = move || drop(s);
    f();
    f();
}
