#[derive(Debug)]
struct Cell2 {
    v: u8,
}

fn main() {
    let mut cells = vec![Cell2 { v: 1 }, Cell2 { v: 2 }];
    if let Some(c) = cells.get_mut(1) {
        c.v = 9;
    }
    let last = cells.last_mut().unwrap();
    last.v += 1;
    println!("{:?}", cells);
}
