fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 42, 6], vec![7, 8, 9]];
    let mut found = None;
    'outer: for (y, row) in grid.iter().enumerate() {
        for (x, &v) in row.iter().enumerate() {
            if v == 42 {
                found = Some((y, x));
                break 'outer;
            }
        }
    }
    if let Some((y, x)) = found {
        println!("found at {y},{x}");
    } else {
        println!("not found");
    }
}
