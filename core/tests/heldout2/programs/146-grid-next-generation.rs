fn step(grid: &[Vec<bool>]) -> Vec<Vec<bool>> {
    let h = grid.len();
    let w = grid[0].len();
    let mut next = vec![vec![false; w]; h];
    for y in 0..h {
        for x in 0..w {
            let mut alive = 0;
            for (dy, dx) in [(0, 1), (1, 0), (0, usize::MAX), (usize::MAX, 0)] {
                let ny = y.wrapping_add(dy);
                let nx = x.wrapping_add(dx);
                if ny < h && nx < w && grid[ny][nx] {
                    alive += 1;
                }
            }
            next[y][x] = alive == 2 || (grid[y][x] && alive == 1);
        }
    }
    next
}

fn main() {
    let mut g = vec![vec![false, true, false], vec![true, true, false], vec![false, false, false]];
    for _ in 0..3 {
        g = step(&g);
    }
    println!("{:?}", g);
}
