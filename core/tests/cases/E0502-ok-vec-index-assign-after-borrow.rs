// expect: ok
fn main() {
    let mut grid = vec![vec!['.'; 3]; 3];
    let row = &grid[0];
    println!("{:?}", row);
    grid[1][1] = '#';
    let n = grid.len();
    grid[n - 1][0] = 'x';
    let mut v = vec![1, 2, 3];
    let last = v.len() - 1;
    v[last] = v[0] + v[1];
    let r = &mut v;
    r[0] = 7;
    println!("{:?} {:?}", grid, v);
}
