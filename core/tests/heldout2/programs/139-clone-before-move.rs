#[derive(Debug, Clone)]
struct Player {
    name: String,
    hp: i32,
}

fn heal(mut p: Player) -> Player {
    p.hp += 10;
    p
}

fn main() {
    let hero = Player { name: "Link".into(), hp: 50 };
    let backup = hero.clone();
    let hero = heal(hero);
    println!("{:?} was {:?}", hero, backup);
}
