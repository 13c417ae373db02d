// expect: ok
fn main() {
    let mut grid = vec![0; 6];
    for (r, row) in grid.chunks_mut(3).enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 3 + c;
        }
    }
    let sums: Vec<usize> = grid.windows(2).map(|w| w[0] + w[1]).collect();
    grid.push(sums.len());
    println!("{:?}", grid);
}
