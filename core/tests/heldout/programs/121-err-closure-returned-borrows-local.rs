fn make_adder() -> impl Fn(i32) -> i32 {
    let base = 10;
    |x| x + base
}

fn main() {
    println!("{}", make_adder()(1));
}
