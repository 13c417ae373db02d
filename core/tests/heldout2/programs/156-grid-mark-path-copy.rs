fn main() {
    let mut grid = vec![vec!['.'; 5]; 5];
    let path = [(0, 0), (1, 1), (2, 2), (3, 3)];
    for &(y, x) in path.iter() {
        grid[y][x] = '*';
    }
    let h = grid.len();
    grid[h - 1][h - 1] = 'E';
    let rendered: Vec<String> = grid.iter().map(|r| r.iter().collect()).collect();
    println!("{}", rendered.join("\n"));
}
