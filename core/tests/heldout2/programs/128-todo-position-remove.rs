struct Todo {
    name: String,
    done: bool,
}

fn main() {
    let mut list = vec![
        Todo { name: "dishes".into(), done: false },
        Todo { name: "laundry".into(), done: true },
        Todo { name: "homework".into(), done: false },
    ];
    if let Some(idx) = list.iter().position(|t| t.name == "laundry") {
        let removed = list.remove(idx);
        println!("removed {} (done: {})", removed.name, removed.done);
    }
    list[0].done = true;
    list.swap(0, 1);
    for t in list.iter() {
        println!("{} {}", if t.done { "x" } else { " " }, t.name);
    }
}
