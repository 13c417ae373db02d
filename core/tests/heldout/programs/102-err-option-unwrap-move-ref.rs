struct Profile {
    nick: Option<String>,
}

fn nick(p: &Profile) -> String {
    p.nick.unwrap()
}

fn main() {
    let p = Profile { nick: Some("z".into()) };
    println!("{}", nick(&p));
}
