#[derive(Debug)]
struct Emp {
    name: String,
    dept: String,
}

fn main() {
    let mut staff = vec![
        Emp { name: "b".into(), dept: "x".into() },
        Emp { name: "a".into(), dept: "y".into() },
    ];
    staff.sort_by_key(|e| e.name.clone());
    let depts: Vec<&str> = staff.iter().map(|e| e.dept.as_str()).collect();
    println!("{:?}", depts);
}
