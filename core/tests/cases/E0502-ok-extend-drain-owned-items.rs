// expect: ok
fn main() {
    let mut inbox: Vec<String> = vec![String::from("a"), String::from("b")];
    let mut archive = Vec::new();
    archive.extend(inbox.drain(..));
    inbox.push(String::from("c"));
    println!("{} {}", archive.len(), inbox.len());
}
