fn main() {
    let mut grid = vec![vec!['.'; 3]; 3];
    let row = &grid[0];
    grid[1][1] = '#';
    println!("{:?}", row);
}
