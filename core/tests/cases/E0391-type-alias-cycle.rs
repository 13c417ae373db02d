// expect: E0391 4:17
// expect: E0391 6:13
// A type alias that expands to itself, directly or through another one.
type Grid = Vec<Grid>;

type Left = Right;
type Right = Left;

fn main() {}
