// expect: E0391 5:1
// expect: E0391 8:1
// Constants whose values need each other: rustc names the first one, and
// says "trivial const" when each is only the other's name.
const WIDTH: u32 = HEIGHT * 2;
const HEIGHT: u32 = WIDTH / 2;

const A: i32 = B;
const B: i32 = A;

const SIZE: usize = 4;
const AREA: usize = SIZE * SIZE;

fn main() {
    println!("{}", AREA);
}
