#[derive(Debug)]
struct Task {
    title: String,
}

fn main() {
    let tasks = vec![Task { title: "a".into() }, Task { title: "b".into() }];
    let mut titles: Vec<String> = Vec::new();
    for t in &tasks {
        titles.push(t.title);
    }
    println!("{:?}", titles);
}
