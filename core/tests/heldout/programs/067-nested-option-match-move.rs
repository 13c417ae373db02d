enum Msg {
    Text(String),
    Quit,
}

fn main() {
    let msgs = vec![Msg::Text("hi".into()), Msg::Quit];
    for m in msgs {
        match m {
            Msg::Text(t) => println!("text {t}"),
            Msg::Quit => break,
        }
    }
}
