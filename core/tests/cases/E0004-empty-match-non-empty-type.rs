// expect: E0004 3:11
fn never_returns(x: i32) -> ! {
    match x {}
}

fn main() {
    never_returns(1);
}
