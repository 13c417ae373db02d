// expect: ok
fn main() {
    let s = String::from("hi");
    let show = move || println!("{}", s.len());
    show();
    show();
    let t = String::from("bye");
    let once = || drop(t);
    once();
}
