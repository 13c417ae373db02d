fn main() {
    let mut grid = vec![vec!['a', 'b'], vec!['c', 'd']];
    let tmp = grid[0][1];
    grid[0][1] = grid[1][0];
    grid[1][0] = tmp;
    let row = &mut grid[1];
    row.swap(0, 1);
    row.push('e');
    println!("{:?}", grid);
}
