struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut p = Player { name: "Jo".into(), score: 1 };
    let Player { name, score } = &mut p;
    name.push('!');
    *score += 1;
    println!("{} {}", p.name, p.score);
}
