fn main() {
    let mut grid = vec![vec![0; 3]; 3];
    let a = &mut grid[0];
    let b = &mut grid[1];
    a[0] = 1;
    b[0] = 2;
    println!("{:?}", grid);
}
