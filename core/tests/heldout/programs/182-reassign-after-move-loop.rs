fn send(buf: String) {
    println!("sent {buf}");
}

fn main() {
    let mut buf = String::new();
    for i in 0..3 {
        buf.push_str(&i.to_string());
        send(buf);
        buf = String::new();
    }
    println!("[{buf}]");
}
