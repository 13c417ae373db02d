#[derive(Debug, Clone)]
struct Task {
    id: u32,
    title: String,
    done: bool,
    priority: u8,
}

fn main() {
    let mut tasks = vec![
        Task { id: 1, title: "buy milk".to_string(), done: false, priority: 2 },
        Task { id: 2, title: "write report".to_string(), done: true, priority: 1 },
        Task { id: 3, title: "call mom".to_string(), done: false, priority: 3 },
    ];
    tasks.retain(|t| !t.done);
    tasks.sort_by_key(|t| t.priority);
    for t in &tasks {
        println!("[{}] {} (p{})", t.id, t.title, t.priority);
    }
    let titles: Vec<&str> = tasks.iter().map(|t| t.title.as_str()).collect();
    println!("{}", titles.join(", "));
}
