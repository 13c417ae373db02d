fn main() {
    let mut events: Vec<String> = Vec::new();
    let mut log = |s: &str| events.push(s.to_string());
    log("start");
    events.push("direct".to_string());
    log("end");
    println!("{:?}", events);
}
