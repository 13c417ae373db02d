struct Game {
    score: u32,
    lives: u32,
}

impl Game {
    fn score_mut(&mut self) -> &mut u32 {
        &mut self.score
    }
}

fn main() {
    let mut g = Game { score: 0, lives: 3 };
    *g.score_mut() += 10;
    let s = g.score_mut();
    *s += 5;
    g.lives -= 1;
    println!("{} {}", g.score, g.lives);
}
