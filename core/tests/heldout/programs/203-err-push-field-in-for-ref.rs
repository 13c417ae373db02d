struct Person {
    name: String,
}

fn main() {
    let people = vec![Person { name: "a".into() }];
    let mut names = Vec::new();
    for p in &people {
        names.push(p.name);
    }
    println!("{:?}", names);
}
