fn find(grid: &[Vec<char>], target: char) -> Option<(usize, usize)> {
    for (y, row) in grid.iter().enumerate() {
        if let Some(x) = row.iter().position(|&c| c == target) {
            return Some((y, x));
        }
    }
    None
}

fn main() {
    let maze: Vec<Vec<char>> = "#####\n#S..#\n#..E#\n#####".lines().map(|l| l.chars().collect()).collect();
    let start = find(&maze, 'S').unwrap();
    let end = find(&maze, 'E').unwrap();
    let dist = start.0.abs_diff(end.0) + start.1.abs_diff(end.1);
    println!("{start:?} -> {end:?}: {dist}");
}
