struct Player {
    score: u32,
}

fn bump(p: &Player) {
    p.score += 10;
}

fn main() {
    let mut p = Player { score: 0 };
    bump(&p);
    p.score += 1;
    println!("{}", p.score);
}
