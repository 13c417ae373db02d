fn main() {
    let mut grid: Vec<Vec<char>> = vec![
        "..#..".chars().collect(),
        ".##..".chars().collect(),
        ".....".chars().collect(),
    ];
    let mut stack = vec![(0usize, 0usize)];
    while let Some((y, x)) = stack.pop() {
        if grid[y][x] != '.' {
            continue;
        }
        grid[y][x] = '~';
        if y > 0 { stack.push((y - 1, x)); }
        if x > 0 { stack.push((y, x - 1)); }
        if y + 1 < grid.len() { stack.push((y + 1, x)); }
        if x + 1 < grid[y].len() { stack.push((y, x + 1)); }
    }
    for row in grid.iter() {
        let s: String = row.iter().collect();
        println!("{s}");
    }
}
