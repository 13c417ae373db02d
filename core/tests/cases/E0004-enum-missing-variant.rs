// expect: E0004 11:11
#[derive(Debug)]
enum Direction {
    North,
    South,
    East,
    West,
}

fn turn(d: Direction) -> Direction {
    match d {
        Direction::North => Direction::East,
        Direction::South => Direction::West,
        Direction::West => Direction::North,
    }
}

fn main() {
    println!("{:?}", turn(Direction::South));
}
