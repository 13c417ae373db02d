#[derive(Debug)]
struct Msg {
    body: String,
    to: String,
}

fn main() {
    let mut m = Msg { body: "hi".into(), to: "bo".into() };
    let sent = m.body;
    m.body = String::from("next");
    println!("{sent} {:?}", m);
}
