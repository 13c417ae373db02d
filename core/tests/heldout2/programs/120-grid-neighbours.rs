fn count_neighbours(grid: &Vec<Vec<char>>, y: usize, x: usize) -> usize {
    let mut n = 0;
    for dy in [-1i32, 0, 1] {
        for dx in [-1i32, 0, 1] {
            if dy == 0 && dx == 0 {
                continue;
            }
            let ny = y as i32 + dy;
            let nx = x as i32 + dx;
            if ny >= 0 && nx >= 0 && (ny as usize) < grid.len() && (nx as usize) < grid[0].len() {
                if grid[ny as usize][nx as usize] == '#' {
                    n += 1;
                }
            }
        }
    }
    n
}

fn main() {
    let mut grid: Vec<Vec<char>> = vec![".#.".chars().collect(), "###".chars().collect(), "...".chars().collect()];
    let n = count_neighbours(&grid, 1, 1);
    grid[1][1] = if n > 3 { '.' } else { '#' };
    for row in &grid {
        println!("{}", row.iter().collect::<String>());
    }
}
