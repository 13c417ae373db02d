struct User {
    name: String,
    email: Option<String>,
}

impl User {
    fn email_domain(&self) -> Option<&str> {
        self.email.as_ref().and_then(|e| e.split('@').nth(1))
    }
}

fn main() {
    let u = User { name: "kim".into(), email: Some("kim@example.com".into()) };
    let v = User { name: "lee".into(), email: None };
    for user in [&u, &v] {
        println!("{} -> {:?}", user.name, user.email_domain());
    }
}
