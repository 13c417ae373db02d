fn main() {
    let mut board = vec![vec![0u8; 4]; 3];
    for (y, row) in board.iter_mut().enumerate() {
        for (x, cell) in row.iter_mut().enumerate() {
            *cell = (y * 4 + x) as u8;
        }
    }
    let last_row = board.len() - 1;
    board[last_row][0] = 99;
    let sum: u32 = board.iter().flatten().map(|&c| c as u32).sum();
    println!("sum = {sum}");
}
