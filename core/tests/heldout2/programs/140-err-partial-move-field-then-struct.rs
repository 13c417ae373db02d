#[derive(Debug)]
struct User {
    name: String,
    email: String,
}

fn main() {
    let u = User { name: "a".into(), email: "a@x".into() };
    let email = u.email;
    println!("{email} {:?}", u);
}
