struct Game {
    players: Vec<String>,
    scores: Vec<u32>,
    round: u32,
}

fn main() {
    let mut g = Game { players: vec!["ann".into(), "bo".into()], scores: vec![0, 0], round: 1 };
    let names = &g.players;
    let scores = &mut g.scores;
    for (i, n) in names.iter().enumerate() {
        scores[i] += n.len() as u32 * g.round;
    }
    g.round += 1;
    println!("{:?} {:?} round {}", g.players, g.scores, g.round);
}
