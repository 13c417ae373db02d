#[derive(Debug)]
struct Employee {
    name: String,
    manager: Option<String>,
}

fn main() {
    let staff = vec![
        Employee { name: "Ana".into(), manager: None },
        Employee { name: "Ben".into(), manager: Some("Ana".into()) },
    ];
    for e in &staff {
        match &e.manager {
            Some(m) => println!("{} reports to {}", e.name, m),
            None => println!("{} is the boss", e.name),
        }
    }
    let boss = staff.into_iter().find(|e| e.manager.is_none()).map(|e| e.name);
    println!("{:?}", boss);
}
