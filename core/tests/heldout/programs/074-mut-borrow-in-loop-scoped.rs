fn main() {
    let mut grid = vec![vec![0; 3]; 3];
    for r in 0..3 {
        let row = &mut grid[r];
        for c in 0..3 {
            row[c] = r * 3 + c;
        }
    }
    println!("{:?}", grid);
}
