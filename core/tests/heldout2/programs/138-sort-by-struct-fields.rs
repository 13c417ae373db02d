#[derive(Debug)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let mut class = vec![
        Student { name: "Zoe".into(), grade: 88 },
        Student { name: "Adam".into(), grade: 92 },
        Student { name: "Mia".into(), grade: 88 },
    ];
    class.sort_by(|a, b| b.grade.cmp(&a.grade).then_with(|| a.name.cmp(&b.name)));
    let top = &class[0];
    println!("top: {} ({})", top.name, top.grade);
    let honor: Vec<&String> = class.iter().filter(|s| s.grade >= 90).map(|s| &s.name).collect();
    println!("{:?}", honor);
}
