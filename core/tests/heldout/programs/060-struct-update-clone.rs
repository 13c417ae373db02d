#[derive(Debug, Clone)]
struct User {
    name: String,
    email: String,
    active: bool,
}

fn main() {
    let u1 = User { name: "a".into(), email: "a@x".into(), active: true };
    let u2 = User { email: "b@x".into(), ..u1.clone() };
    println!("{:?} {:?}", u1, u2);
}
