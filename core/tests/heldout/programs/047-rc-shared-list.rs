use std::rc::Rc;

#[derive(Debug)]
struct Team {
    members: Vec<String>,
}

fn main() {
    let t = Rc::new(Team { members: vec![String::from("x")] });
    let a = Rc::clone(&t);
    let b = t.clone();
    println!("{} {:?} {:?}", Rc::strong_count(&t), a.members, b);
}
