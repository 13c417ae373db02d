struct Inbox {
    messages: Vec<String>,
}

impl Inbox {
    fn drain_all(&mut self) -> Vec<String> {
        std::mem::take(&mut self.messages)
    }
}

fn main() {
    let mut inbox = Inbox { messages: vec!["a".to_string(), "b".to_string()] };
    let old = inbox.drain_all();
    inbox.messages.push("c".to_string());
    println!("{:?} {:?}", old, inbox.messages);
}
