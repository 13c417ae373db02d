fn main() {
    let mut inbox: Vec<String> = vec!["a".into(), "b".into(), "c".into(), "d".into()];
    let mut archive: Vec<String> = Vec::new();
    let moved: Vec<String> = inbox.drain(..2).collect();
    archive.extend(moved);
    inbox.push("e".to_string());
    archive.extend(inbox.drain(..));
    archive.dedup();
    println!("inbox {:?}, archive {:?}", inbox, archive);
}
