struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut p = Player { name: String::from("Ana"), score: 0 };
    let name = &p.name;
    let score = &mut p.score;
    *score += 5;
    println!("{name} has {}", score);
}
