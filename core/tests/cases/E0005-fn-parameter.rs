// expect: E0005 2:10
fn first((1, b): (i32, i32)) -> i32 {
    b
}

fn main() {
    println!("{}", first((1, 2)));
}
