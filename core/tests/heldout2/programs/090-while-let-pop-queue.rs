use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<(String, u32)> = VecDeque::new();
    queue.push_back(("root".into(), 0));
    let mut visited = Vec::new();
    while let Some((name, depth)) = queue.pop_front() {
        if depth < 2 {
            queue.push_back((format!("{name}.l"), depth + 1));
            queue.push_back((format!("{name}.r"), depth + 1));
        }
        visited.push(name);
    }
    println!("{} nodes, last {:?}", visited.len(), visited.last());
}
